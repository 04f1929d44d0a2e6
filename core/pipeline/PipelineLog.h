#pragma once

#include <QLoggingCategory>

namespace ip {

Q_DECLARE_LOGGING_CATEGORY(lcPipeline)

} // namespace ip
