#include "pipeline/Batching.h"

#include <algorithm>

namespace ip {

QList<QList<int>> makeBatches(int count, int batchSize)
{
    QList<QList<int>> out;
    const int size = std::max(1, batchSize);
    for (int i = 0; i < count; i += size) {
        QList<int> batch;
        for (int j = i; j < std::min(count, i + size); ++j)
            batch.append(j);
        out.append(batch);
    }
    return out;
}

} // namespace ip
