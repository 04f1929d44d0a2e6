#include "CoreInit.h"

#include "net/HttpTransport.h"
#include "pipeline/RunEstimate.h"
#include "pipeline/RunWait.h"
#include "privacy/SentLog.h"
#include "providers/ChatProvider.h"
#include "resume/ResumeLoader.h"
#include "session/RunState.h"

#include <QMetaType>

namespace ip {

void registerCoreTypes()
{
    qRegisterMetaType<ip::SkillResult>();
    qRegisterMetaType<ip::JobGap>();
    qRegisterMetaType<QList<ip::JobGap>>();
    qRegisterMetaType<ip::RunSummary>();
    qRegisterMetaType<ip::Stage>();
    qRegisterMetaType<ip::HttpHeaders>();
    qRegisterMetaType<ip::TransportError>();
    qRegisterMetaType<ip::ProviderError>();
    qRegisterMetaType<ip::ChatResponse>();
    qRegisterMetaType<ip::TokenUsage>();
    qRegisterMetaType<ip::RunWait>();
    qRegisterMetaType<ip::RunEstimate>();
    qRegisterMetaType<ip::SentRequest>();
    qRegisterMetaType<QList<ip::RunWait>>();
    qRegisterMetaType<ip::ModelInfo>();
    qRegisterMetaType<ip::ResumeText>();
    qRegisterMetaType<ip::ResumeError>();
}

} // namespace ip
