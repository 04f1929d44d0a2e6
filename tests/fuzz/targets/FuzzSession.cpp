// Session files (core/session/SessionFile): any bytes parse to a session or a message; a session
// that was read is written back and read again to the same session and the same file (nothing the
// app loaded is lost or changed by saving it again, and the saved file opens again).

#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "session/SessionFile.h"

namespace ip::fuzz {

namespace {

// A source URL that is not valid is saved as "" (QUrl::toEncoded): the one change saving may make.
Session withInvalidUrlsCleared(Session session)
{
    for (SkillResult &skill : session.run.skills) {
        for (Source &source : skill.sources) {
            if (!source.url.isValid())
                source.url = QUrl();
        }
    }
    return session;
}

} // namespace

void fuzzSession(const std::uint8_t *data, std::size_t size)
{
    const QString fileName = QStringLiteral("fuzz.json");
    const auto parsed = parseSession(bytesOf(data, size), fileName);
    if (!parsed) {
        IP_FUZZ_CHECK(!parsed.error().message.isEmpty());
        return;
    }
    const QByteArray saved = serialiseSession(parsed.value());
    const auto reread = parseSession(saved, fileName);
    IP_FUZZ_CHECK(reread.isOk());
    if (reread) {
        IP_FUZZ_CHECK(serialiseSession(reread.value()) == saved);
        IP_FUZZ_CHECK(reread.value() == withInvalidUrlsCleared(parsed.value()));
    }
}

} // namespace ip::fuzz
