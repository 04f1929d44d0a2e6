#include "pipeline/QuestionStream.h"

#include "pipeline/QuestionAnswers.h"
#include "pipeline/SkillNormaliser.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace ip {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

QChar unescaped(QChar c)
{
    switch (c.unicode()) {
    case u'b': return QChar(u'\b');
    case u'f': return QChar(u'\f');
    case u'n': return QChar(u'\n');
    case u'r': return QChar(u'\r');
    case u't': return QChar(u'\t');
    default: return c; // \" \\ \/ and anything unknown: the character itself
    }
}

} // namespace

void QuestionStreamExtractor::reset()
{
    *this = QuestionStreamExtractor();
}

bool QuestionStreamExtractor::inEntry() const
{
    return m_stack.size() == 3 && m_stack[0].isObject && m_stack[0].key == QLatin1StringView("all_questions")
        && !m_stack[1].isObject && m_stack[2].isObject;
}

bool QuestionStreamExtractor::inQuestions() const
{
    return m_stack.size() == 4 && m_stack[0].isObject && m_stack[0].key == QLatin1StringView("all_questions")
        && !m_stack[1].isObject && m_stack[2].isObject && m_stack[2].key == QLatin1StringView("questions")
        && !m_stack[3].isObject;
}

void QuestionStreamExtractor::onOpen(bool isObject)
{
    if (isObject && inQuestions() && !m_capturing) {
        m_capturing = true;
        m_capture = QStringLiteral("{");
    }
    if (isObject && m_stack.size() == 2 && m_stack[0].isObject && m_stack[0].key == QLatin1StringView("all_questions")
        && !m_stack[1].isObject) {
        ++m_entry;
        m_entrySkill.clear();
        m_entryHasSkill = false;
        m_held.clear();
    }
    Frame frame;
    frame.isObject = isObject;
    frame.expectKey = isObject;
    m_stack.push_back(frame);
}

void QuestionStreamExtractor::onClose(QList<StreamedQuestion> &out)
{
    if (m_stack.empty())
        return;
    if (inEntry()) {
        // The entry ends without a skill: what it held goes out unattributed.
        out += m_held;
        m_held.clear();
    }
    m_stack.pop_back();
    if (m_capturing && inQuestions()) {
        // A question object closed: it is whole JSON (its '}' was captured already).
        m_capturing = false;
        const QJsonDocument doc = QJsonDocument::fromJson(std::exchange(m_capture, QString()).toUtf8());
        if (doc.isObject())
            deliver(QJsonValue(doc.object()), out);
    }
    if (m_stack.empty()) {
        m_done = true;
        m_lexer = Lexer::Done;
    }
}

void QuestionStreamExtractor::onString(QString text, QList<StreamedQuestion> &out)
{
    if (m_stack.empty())
        return;
    Frame &top = m_stack.back();
    if (top.isObject && top.expectKey) {
        top.key = std::move(text);
        return;
    }
    if (inEntry() && top.key == QLatin1StringView("skill") && !m_entryHasSkill) {
        m_entrySkill = text;
        m_entryHasSkill = true;
        for (StreamedQuestion &held : m_held) {
            held.skill = m_entrySkill;
            out.append(std::move(held));
        }
        m_held.clear();
        return;
    }
    if (inQuestions())
        deliver(QJsonValue(text), out);
}

void QuestionStreamExtractor::deliver(QJsonValue question, QList<StreamedQuestion> &out)
{
    StreamedQuestion q { m_entry, m_entrySkill, std::move(question) };
    if (m_entryHasSkill)
        out.append(std::move(q));
    else
        m_held.append(std::move(q));
}

QList<StreamedQuestion> QuestionStreamExtractor::feed(QStringView delta)
{
    QList<StreamedQuestion> out;
    for (const QChar c : delta) {
        if (m_capturing && m_lexer != Lexer::Done)
            m_capture.append(c);
        switch (m_lexer) {
        case Lexer::Done: return out;
        case Lexer::BeforeRoot:
            if (c == u'{') {
                onOpen(true);
                m_lexer = Lexer::Structure;
            }
            break;
        case Lexer::Structure:
            switch (c.unicode()) {
            case u'"':
                m_string.clear();
                m_lexer = Lexer::InString;
                break;
            case u'{':
            case u'[': onOpen(c == u'{'); break;
            case u'}':
            case u']': onClose(out); break;
            case u':':
                if (!m_stack.empty())
                    m_stack.back().expectKey = false;
                break;
            case u',':
                if (!m_stack.empty() && m_stack.back().isObject) {
                    m_stack.back().expectKey = true;
                    m_stack.back().key.clear();
                }
                break;
            default: break; // whitespace, numbers, true/false/null
            }
            break;
        case Lexer::InString:
            if (c == u'\\') {
                m_lexer = Lexer::Escape;
            } else if (c == u'"') {
                m_lexer = Lexer::Structure;
                onString(std::exchange(m_string, QString()), out);
            } else {
                m_string.append(c);
            }
            break;
        case Lexer::Escape:
            if (c == u'u') {
                m_unicodeDigits = 0;
                m_unicode = 0;
                m_lexer = Lexer::Unicode;
            } else {
                m_string.append(unescaped(c));
                m_lexer = Lexer::InString;
            }
            break;
        case Lexer::Unicode: {
            const int v = hexValue(c);
            if (v < 0) {
                // Not a \u escape after all: keep the character, forget the escape.
                m_lexer = Lexer::InString;
                if (c == u'"') {
                    m_lexer = Lexer::Structure;
                    onString(std::exchange(m_string, QString()), out);
                } else {
                    m_string.append(c);
                }
                break;
            }
            m_unicode = char16_t((m_unicode << 4) | v);
            if (++m_unicodeDigits == 4) {
                // UTF-16 code units: a surrogate pair arrives as two escapes and joins in the QString.
                m_string.append(QChar(m_unicode));
                m_lexer = Lexer::InString;
            }
            break;
        }
        }
    }
    return out;
}

QList<StreamedQuestion> QuestionStreamExtractor::finish()
{
    QList<StreamedQuestion> out = std::move(m_held);
    m_held.clear();
    return out;
}

// --- QuestionStreamRouter ---

QuestionStreamRouter::QuestionStreamRouter(QStringList asked, int perSkill, AnswerReader reader)
    : m_asked(std::move(asked))
    , m_perSkill(perSkill)
    , m_reader(std::move(reader))
    , m_published(m_asked.size())
    , m_seen(m_asked.size())
{ }

QList<QuestionStreamRouter::Published> QuestionStreamRouter::feed(QStringView delta)
{
    return route(m_extractor.feed(delta));
}

QList<QuestionStreamRouter::Published> QuestionStreamRouter::finish()
{
    return route(m_extractor.finish());
}

void QuestionStreamRouter::restart()
{
    m_extractor.reset();
    m_entryTarget.clear();
    m_claimed.clear();
}

int QuestionStreamRouter::publishedCount() const
{
    int n = 0;
    for (const QList<Question> &list : m_published)
        n += int(list.size());
    return n;
}

int QuestionStreamRouter::targetFor(const StreamedQuestion &q)
{
    const auto known = m_entryTarget.constFind(q.entry);
    if (known != m_entryTarget.cend())
        return *known;
    int target = -1;
    if (q.skill.trimmed().isEmpty()) {
        if (m_asked.size() == 1 && !m_claimed.contains(0))
            target = 0;
    } else {
        for (int strength : { 2, 1 }) {
            for (int i = 0; i < m_asked.size() && target < 0; ++i)
                if (!m_claimed.contains(i) && skillMatchStrength(q.skill, m_asked.at(i)) == strength)
                    target = i;
            if (target >= 0)
                break;
        }
    }
    if (target >= 0)
        m_claimed.insert(target);
    m_entryTarget.insert(q.entry, target);
    return target;
}

QList<QuestionStreamRouter::Published> QuestionStreamRouter::route(const QList<StreamedQuestion> &questions)
{
    QList<Published> out;
    for (const StreamedQuestion &q : questions) {
        const int target = targetFor(q);
        if (target < 0)
            continue;
        if (m_perSkill > 0 && m_published.at(target).size() >= m_perSkill)
            continue;
        const std::optional<Question> read = m_reader.question(target, q.question);
        if (!read)
            continue;
        const QString key = read->text.toCaseFolded();
        if (m_seen.at(target).contains(key))
            continue;
        m_seen[target].insert(key);
        m_published[target].append(*read);
        out.append({ target, *read });
    }
    return out;
}

QList<SkillQuestions> QuestionStreamRouter::merged(const QList<SkillQuestions> &matched) const
{
    QList<SkillQuestions> out(m_published.size());
    for (qsizetype i = 0; i < out.size(); ++i) {
        out[i].questions = m_published.at(i);
        if (i >= matched.size())
            continue;
        out[i].claims = matched.at(i).claims;
        QSet<QString> seen = m_seen.at(i);
        for (const Question &q : matched.at(i).questions) {
            if (m_perSkill > 0 && out.at(i).questions.size() >= m_perSkill)
                break;
            const QString key = q.text.toCaseFolded();
            if (seen.contains(key))
                continue;
            seen.insert(key);
            out[i].questions.append(q);
        }
    }
    return out;
}

} // namespace ip
