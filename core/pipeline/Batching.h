#pragma once

#include <QList>

namespace ip {

// Splits skill indices 0..count-1 into consecutive batches of at most `batchSize` (≥ 1), in order:
// makeBatches(7, 3) = {{0,1,2},{3,4,5},{6}}.
QList<QList<int>> makeBatches(int count, int batchSize);

} // namespace ip
