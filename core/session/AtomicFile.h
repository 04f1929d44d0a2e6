#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace ip {

// Called after the bytes are written to the temporary file and before it replaces the target;
// returning false abandons the write (tests use it to stand for a crash or a full disk at the
// worst moment). The target is untouched either way until the commit.
using BeforeCommitHook = std::function<bool(const QString &path)>;

// Writes `bytes` to `path` through QSaveFile: the file is either the old one or the new one,
// never a mix. Creates the parent folder when missing. Error: a translated sentence naming the
// file ("Could not save … : <reason>").
Result<bool, QString> writeFileAtomically(const QString &path, const QByteArray &bytes,
                                          const BeforeCommitHook &beforeCommit = {});

} // namespace ip
