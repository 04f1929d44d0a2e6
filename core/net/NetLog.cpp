#include "net/NetLog.h"

namespace ip {

Q_LOGGING_CATEGORY(lcNetHttp, "ip.net.http")

} // namespace ip
