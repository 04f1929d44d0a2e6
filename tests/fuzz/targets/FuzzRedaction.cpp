// The personal-data finder and the redaction (core/privacy): any resume text. Every item found is a
// non-empty piece of one line; no e-mail address found is left in what would be sent; placeholders
// written back by a model are put back, also when streamed in pieces cut anywhere.

#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "privacy/Redaction.h"

namespace ip::fuzz {

void fuzzRedaction(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(bytesOf(data, size));
    const Redaction redaction = findPersonalData(text);
    const QString sent = redaction.apply(text);
    for (const PersonalItem &item : redaction.items()) {
        IP_FUZZ_CHECK(!item.text.isEmpty() && !item.text.contains(QLatin1Char('\n')));
        IP_FUZZ_CHECK(item.placeholder.startsWith(QLatin1Char('[')) && item.placeholder.endsWith(QLatin1Char(']')));
        if (item.kind == PersonalKind::Email)
            IP_FUZZ_CHECK(!sent.contains(item.text, Qt::CaseInsensitive));
    }
    // The sent text streamed back in two pieces, cut where the data's size says: the same as whole.
    const qsizetype cut = sent.isEmpty() ? 0 : qsizetype(size % std::size_t(sent.size() + 1));
    RestoringStream stream(&redaction);
    QString streamed = stream.feed(sent.left(cut));
    streamed += stream.feed(sent.mid(cut));
    streamed += stream.flush();
    IP_FUZZ_CHECK(streamed == redaction.restore(sent));
}

} // namespace ip::fuzz
