#include "pipeline/PipelineLog.h"

namespace ip {

Q_LOGGING_CATEGORY(lcPipeline, "ip.core.pipeline")

} // namespace ip
