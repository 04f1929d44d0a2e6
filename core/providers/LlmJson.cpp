#include "providers/LlmJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace ip::llmjson {

namespace {

constexpr int kMaxStarts = 64; // candidate start positions tried per text
constexpr int kMaxDepth = 256; // deeper nesting is not an LLM answer
constexpr int kSafePointsKept = 8;

bool isOpener(char c)
{
    return c == '{' || c == '[';
}
char closerFor(char c)
{
    return c == '{' ? '}' : ']';
}

QByteArray closersOf(const QByteArray &stack)
{
    QByteArray out;
    out.reserve(stack.size());
    for (qsizetype i = stack.size() - 1; i >= 0; --i)
        out.append(closerFor(stack.at(i)));
    return out;
}

// Removes commas that directly precede '}' or ']' (outside strings).
QByteArray removeTrailingCommas(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size());
    bool inString = false;
    bool escape = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            out.append(c);
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == ',') {
            qsizetype j = i + 1;
            while (j < json.size() && QChar::isSpace(uchar(json.at(j))))
                ++j;
            if (j < json.size() && (json.at(j) == '}' || json.at(j) == ']'))
                continue;
        }
        out.append(c);
    }
    return out;
}

std::optional<QJsonValue> parseValue(const QByteArray &json)
{
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return std::nullopt;
    if (doc.isObject())
        return QJsonValue(doc.object());
    if (doc.isArray())
        return QJsonValue(doc.array());
    return std::nullopt;
}

// A place where the value can be cut and closed keeping only complete items: before a ',' or
// after a nested container closes.
struct SafePoint
{
    qsizetype cut = 0; // keep json[0, cut)
    QByteArray closers; // then append these
};

struct ScanResult
{
    qsizetype end = -1; // one past the matching closer, -1 when the input ended first
    bool aborted = false;
    QList<SafePoint> safePoints; // the last few, oldest first
    QByteArray openStack; // at the end of input (truncated case)
    bool inString = false;
};

// Scans a JSON value that starts with '{' or '[' at `start`.
ScanResult scan(const QByteArray &s, qsizetype start)
{
    ScanResult r;
    QByteArray stack;
    bool inString = false;
    bool escape = false;
    auto addSafePoint = [&](qsizetype cut) {
        if (r.safePoints.size() == kSafePointsKept)
            r.safePoints.removeFirst();
        r.safePoints.append(SafePoint { cut - start, closersOf(stack) });
    };
    for (qsizetype i = start; i < s.size(); ++i) {
        const char c = s.at(i);
        if (inString) {
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"': inString = true; break;
        case '{':
        case '[':
            if (stack.size() >= kMaxDepth) {
                r.aborted = true;
                return r;
            }
            stack.append(c);
            break;
        case '}':
        case ']':
            if (stack.isEmpty() || closerFor(stack.back()) != c) {
                r.aborted = true; // mismatched: not JSON
                return r;
            }
            stack.chop(1);
            if (stack.isEmpty()) {
                r.end = i + 1;
                return r;
            }
            addSafePoint(i + 1);
            break;
        case ',':
            if (!stack.isEmpty())
                addSafePoint(i);
            break;
        default: break;
        }
    }
    r.openStack = stack;
    r.inString = inString;
    return r;
}

// Last resort for a truncated value: close the open string, drop a dangling key or separator,
// close the containers.
QByteArray closeEverything(QByteArray json, const ScanResult &r)
{
    if (r.inString) {
        if (json.endsWith('\\'))
            json.chop(1);
        json.append('"');
    }
    json = json.trimmed();
    while (json.endsWith(',') || json.endsWith(':')) {
        if (json.endsWith(':'))
            json.append("null");
        else
            json.chop(1);
        json = json.trimmed();
    }
    return json + closersOf(r.openStack);
}

std::optional<QJsonValue> salvageTruncated(const QByteArray &json, const ScanResult &r)
{
    for (qsizetype i = r.safePoints.size() - 1; i >= 0; --i) {
        const SafePoint &p = r.safePoints.at(i);
        const QByteArray attempt = removeTrailingCommas(json.left(p.cut).trimmed() + p.closers);
        if (auto v = parseValue(attempt))
            return v;
    }
    return parseValue(removeTrailingCommas(closeEverything(json, r)));
}

void appendUnique(QList<QJsonValue> &out, const QJsonValue &v)
{
    if (!out.contains(v))
        out.append(v);
}

// Every object/array found in `s`, in order.
void collectValues(const QByteArray &s, QList<QJsonValue> &out)
{
    const QByteArray trimmed = s.trimmed();
    if (auto whole = parseValue(trimmed)) {
        appendUnique(out, *whole);
        return;
    }
    int starts = 0;
    qsizetype pos = 0;
    while (pos < s.size() && starts < kMaxStarts) {
        qsizetype start = pos;
        while (start < s.size() && !isOpener(s.at(start)))
            ++start;
        if (start >= s.size())
            return;
        ++starts;
        const ScanResult r = scan(s, start);
        if (r.aborted) {
            pos = start + 1;
            continue;
        }
        if (r.end < 0) { // truncated: everything after `start` is inside this value
            if (auto v = salvageTruncated(s.mid(start), r))
                appendUnique(out, *v);
            return;
        }
        const QByteArray slice = s.mid(start, r.end - start);
        std::optional<QJsonValue> v = parseValue(slice);
        if (!v)
            v = parseValue(removeTrailingCommas(slice));
        if (v) {
            appendUnique(out, *v);
            pos = r.end;
        } else {
            pos = start + 1;
        }
    }
}

QString withoutThinking(const QString &text)
{
    static const QRegularExpression think(QStringLiteral("<think>.*?</think>"),
                                          QRegularExpression::DotMatchesEverythingOption
                                              | QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.remove(think);
    if (out.startsWith(QChar(0xFEFF)))
        out.remove(0, 1);
    return out;
}

QStringList fencedBlocks(const QString &text)
{
    // ```json … ``` (the closing fence may be missing when the answer was cut off).
    static const QRegularExpression fence(QStringLiteral("```[ \\t]*([A-Za-z0-9_-]*)[ \\t]*\\r?\\n?(.*?)(?:```|$)"),
                                          QRegularExpression::DotMatchesEverythingOption);
    QStringList blocks;
    auto it = fence.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString body = m.captured(2).trimmed();
        if (!body.isEmpty())
            blocks.append(body);
    }
    return blocks;
}

} // namespace

QByteArray repair(const QByteArray &json)
{
    const QByteArray s = json.trimmed();
    if (parseValue(s))
        return s;
    qsizetype start = 0;
    while (start < s.size() && !isOpener(s.at(start)))
        ++start;
    if (start >= s.size())
        return {};
    const ScanResult r = scan(s, start);
    if (r.aborted)
        return {};
    if (r.end >= 0) {
        const QByteArray fixed = removeTrailingCommas(s.mid(start, r.end - start));
        return parseValue(fixed) ? fixed : QByteArray();
    }
    if (auto v = salvageTruncated(s.mid(start), r))
        return v->isObject() ? QJsonDocument(v->toObject()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(v->toArray()).toJson(QJsonDocument::Compact);
    return {};
}

QList<QJsonValue> candidates(const QString &text)
{
    const QString clean = withoutThinking(text);
    QList<QJsonValue> out;
    for (const QString &block : fencedBlocks(clean))
        collectValues(block.toUtf8(), out);
    collectValues(clean.toUtf8(), out);
    return out;
}

namespace {

// {"type":"object","properties":{"items":{"type":"array",…}}} with a single array property:
// a bare array answer is meant as that property.
QString soleArrayProperty(const QJsonObject &schema)
{
    const QJsonObject props = schema.value(QLatin1StringView("properties")).toObject();
    if (props.size() != 1)
        return {};
    const auto it = props.constBegin();
    return it.value().toObject().value(QLatin1StringView("type")).toString() == QLatin1StringView("array") ? it.key()
                                                                                                           : QString();
}

} // namespace

Result<QJsonObject, QString> parse(const QString &text, const QJsonObject &schema,
                                   const std::function<QString(const QJsonObject &)> &extra)
{
    const QList<QJsonValue> values = candidates(text);
    if (values.isEmpty())
        return Result<QJsonObject, QString>::fail(QStringLiteral("no JSON object found in the answer"));

    QString firstProblem;
    for (const QJsonValue &v : values) {
        QJsonObject obj;
        if (v.isObject()) {
            obj = v.toObject();
        } else if (const QString key = soleArrayProperty(schema); v.isArray() && !key.isEmpty()) {
            obj.insert(key, v);
        } else {
            if (firstProblem.isEmpty())
                firstProblem = QStringLiteral("expected a JSON object, got an array");
            continue;
        }
        trimToMaxItems(obj, schema);
        QString problem = validate(obj, schema);
        if (problem.isEmpty() && extra)
            problem = extra(obj);
        if (problem.isEmpty())
            return Result<QJsonObject, QString>::ok(obj);
        if (firstProblem.isEmpty())
            firstProblem = problem;
    }
    return Result<QJsonObject, QString>::fail(firstProblem);
}

} // namespace ip::llmjson
