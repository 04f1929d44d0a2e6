#include "pipeline/TextSimilarity.h"

namespace ip {
namespace {

const QSet<QString> &functionWords()
{
    static const QSet<QString> words {
        QStringLiteral("a"),       QStringLiteral("an"),      QStringLiteral("the"),      QStringLiteral("and"),
        QStringLiteral("or"),      QStringLiteral("of"),      QStringLiteral("to"),       QStringLiteral("in"),
        QStringLiteral("on"),      QStringLiteral("for"),     QStringLiteral("with"),     QStringLiteral("by"),
        QStringLiteral("at"),      QStringLiteral("from"),    QStringLiteral("as"),       QStringLiteral("is"),
        QStringLiteral("are"),     QStringLiteral("be"),      QStringLiteral("it"),       QStringLiteral("its"),
        QStringLiteral("this"),    QStringLiteral("that"),    QStringLiteral("these"),    QStringLiteral("those"),
        QStringLiteral("what"),    QStringLiteral("how"),     QStringLiteral("why"),      QStringLiteral("when"),
        QStringLiteral("which"),   QStringLiteral("where"),   QStringLiteral("who"),      QStringLiteral("would"),
        QStringLiteral("could"),   QStringLiteral("should"),  QStringLiteral("can"),      QStringLiteral("do"),
        QStringLiteral("doe"),     QStringLiteral("did"),     QStringLiteral("you"),      QStringLiteral("your"),
        QStringLiteral("we"),      QStringLiteral("our"),     QStringLiteral("they"),     QStringLiteral("their"),
        QStringLiteral("if"),      QStringLiteral("than"),    QStringLiteral("then"),     QStringLiteral("between"),
        QStringLiteral("about"),   QStringLiteral("explain"), QStringLiteral("describe"), QStringLiteral("walk"),
        QStringLiteral("through"),
    };
    return words;
}

} // namespace

QString lightStem(QString w)
{
    if (w.size() > 3 && w.endsWith(u's') && !w.endsWith(QLatin1String("ss")))
        w.chop(1);
    if (w.size() > 5 && w.endsWith(QLatin1String("ing")))
        w.chop(3);
    else if (w.size() > 4 && w.endsWith(QLatin1String("ed")))
        w.chop(2);
    return w;
}

namespace {

// The content words of `text`, and among them the names: words written with a capital letter (not
// the first word), a digit, '+' or '#' — "PostgreSQL", "S3", "C++" — which tell questions apart.
void splitWords(const QString &text, QSet<QString> *content, QSet<QString> *names)
{
    QString word;
    bool name = false;
    bool first = true;
    const auto flush = [&] {
        if (!word.isEmpty()) {
            const QString stemmed = lightStem(word);
            if (!functionWords().contains(stemmed) && !functionWords().contains(word)) {
                content->insert(stemmed);
                if (name && names)
                    names->insert(stemmed);
            }
            first = false;
        }
        word.clear();
        name = false;
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == u'+' || c == u'#') {
            if ((c.isUpper() && !(first && word.isEmpty())) || c.isDigit() || c == u'+' || c == u'#')
                name = true;
            word.append(c.toCaseFolded());
        } else {
            flush();
        }
    }
    flush();
}

} // namespace

QSet<QString> contentWords(const QString &text)
{
    QSet<QString> out;
    splitWords(text, &out, nullptr);
    return out;
}

QuestionWords questionWords(const QString &question)
{
    QuestionWords w;
    splitWords(question, &w.content, &w.names);
    return w;
}

bool nearDuplicateQuestions(const QString &a, const QString &b)
{
    return nearDuplicateQuestions(questionWords(a), questionWords(b), a, b);
}

bool nearDuplicateQuestions(const QuestionWords &wa, const QuestionWords &wb, const QString &a, const QString &b)
{
    const QSet<QString> &x = wa.content;
    const QSet<QString> &y = wb.content;
    const QSet<QString> &xNames = wa.names;
    const QSet<QString> &yNames = wb.names;
    // A name only one of them has ("… built with Python?" and "… built with Redis?") makes them two
    // questions, however much else they share.
    for (const QString &n : std::as_const(xNames))
        if (!y.contains(n))
            return false;
    for (const QString &n : std::as_const(yNames))
        if (!x.contains(n))
            return false;
    if (x.isEmpty() || y.isEmpty())
        return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
    if (x.size() < 3 || y.size() < 3)
        return x == y;
    qsizetype shared = 0;
    for (const QString &w : x)
        shared += y.contains(w) ? 1 : 0;
    const qsizetype smaller = qMin(x.size(), y.size());
    const qsizetype all = x.size() + y.size() - shared;
    return shared * 10 >= smaller * 8 && shared * 10 >= all * 6;
}

} // namespace ip
