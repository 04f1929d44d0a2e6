#include "session/ResultCache.h"

#include "session/AttemptJson.h"
#include "session/JsonReader.h"
#include "session/SessionJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

Q_LOGGING_CATEGORY(lcCache, "ip.core.cache")

namespace ip {

namespace {

constexpr int kCacheFormat = 1;
// Entries are a few KB; anything far larger is not ours or is damaged.
constexpr qint64 kMaxEntryBytes = 4LL * 1024 * 1024;
const QString kSuffix = QStringLiteral(".json");

bool isEntryFileName(const QString &name)
{
    if (name.size() != 64 + kSuffix.size() || !name.endsWith(kSuffix))
        return false;
    return std::all_of(name.cbegin(), name.cbegin() + 64,
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

// Atomic (a temporary file renamed over the entry) but not synced to disk: the cache is only an
// optimisation, its entries are checked on read, and an fsync per entry would cost the GUI thread
// milliseconds per result. A crash may lose recent entries, never leave a half-written one.
bool writeEntry(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        qCWarning(lcCache) << "cannot create the cache folder for" << path;
        return false;
    }
    const QString temporary
        = path + QStringLiteral(".%1.tmp").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
        qCWarning(lcCache).noquote() << "cannot write" << temporary << file.errorString();
        file.close();
        QFile::remove(temporary);
        return false;
    }
    file.close();
    // std::rename replaces an existing entry atomically on POSIX; QFile::rename refuses to.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(path);
        if (!QFile::rename(temporary, path)) {
            qCWarning(lcCache) << "cannot replace" << path;
            QFile::remove(temporary);
            return false;
        }
    }
    return true;
}

} // namespace

QString ResultCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/results");
}

ResultCache::ResultCache()
    : ResultCache(defaultDirectory())
{ }

ResultCache::ResultCache(const QString &directory)
    : m_directory(QDir::cleanPath(directory))
{ }

QString ResultCache::pathFor(const QString &fileName) const
{
    return m_directory + u'/' + fileName;
}

void ResultCache::loadIndex()
{
    if (m_indexLoaded)
        return;
    m_indexLoaded = true;
    // Oldest first, so the ticks given here keep the order of last use across runs.
    const QFileInfoList files
        = QDir(m_directory).entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo &file : files) {
        if (!isEntryFileName(file.fileName()))
            continue;
        m_index.insert(file.fileName(), Entry { file.size(), ++m_tick });
        m_totalBytes += file.size();
    }
}

void ResultCache::forget(const QString &fileName)
{
    const auto it = m_index.constFind(fileName);
    if (it != m_index.cend()) {
        m_totalBytes -= it->bytes;
        m_index.erase(it);
    }
}

std::optional<QJsonObject> ResultCache::read(const CacheKey &key)
{
    loadIndex();
    const QByteArray canonical = key.canonical();
    const QString fileName = key.digest() + kSuffix;
    QFile file(pathFor(fileName));
    if (!file.open(QIODevice::ReadOnly)) {
        forget(fileName);
        ++m_misses;
        return std::nullopt;
    }
    const QByteArray bytes = file.size() <= kMaxEntryBytes ? file.readAll() : QByteArray();
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    const bool valid = root.value(QStringLiteral("format")).toInt() == kCacheFormat
        && root.value(QStringLiteral("key")).toString().toUtf8() == canonical
        && root.value(QStringLiteral("value")).isObject();
    if (!valid) {
        qCWarning(lcCache) << "removing an unreadable cache entry" << fileName;
        file.close();
        file.remove();
        forget(fileName);
        ++m_misses;
        return std::nullopt;
    }
    // Touch: the file's time orders eviction after a restart (best effort).
    (void)file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    auto &entry = m_index[fileName];
    if (entry.bytes == 0) {
        entry.bytes = bytes.size();
        m_totalBytes += entry.bytes;
    }
    entry.lastUse = ++m_tick;
    ++m_hits;
    return root.value(QStringLiteral("value")).toObject();
}

bool ResultCache::write(const CacheKey &key, const QJsonObject &value)
{
    loadIndex();
    const QString fileName = key.digest() + kSuffix;
    const QJsonObject root {
        { QStringLiteral("format"), kCacheFormat },
        { QStringLiteral("stage"), toString(key.stage) },
        { QStringLiteral("key"), QString::fromUtf8(key.canonical()) },
        { QStringLiteral("value"), value },
    };
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Compact);
    if (!writeEntry(pathFor(fileName), bytes))
        return false;
    forget(fileName);
    m_index.insert(fileName, Entry { bytes.size(), ++m_tick });
    m_totalBytes += bytes.size();
    evict(fileName);
    return true;
}

void ResultCache::evict(const QString &keep)
{
    while (m_totalBytes > m_maxBytes && m_index.size() > 1) {
        auto oldest = m_index.end();
        for (auto it = m_index.begin(); it != m_index.end(); ++it)
            if (it.key() != keep && (oldest == m_index.end() || it->lastUse < oldest->lastUse))
                oldest = it;
        if (oldest == m_index.end())
            return;
        QFile::remove(pathFor(oldest.key()));
        m_totalBytes -= oldest->bytes;
        m_index.erase(oldest);
    }
}

std::optional<QStringList> ResultCache::skills(const CacheKey &key)
{
    if (key.stage != CacheStage::Skills)
        return std::nullopt;
    const auto value = read(key);
    if (!value)
        return std::nullopt;
    JsonReader reader;
    QStringList list
        = sessionjson::stringsFromJson(reader.array(*value, QStringLiteral("skills"), QStringLiteral("skills"), true),
                                       reader, QStringLiteral("skills"));
    if (!reader.ok() || list.isEmpty())
        return std::nullopt;
    return list;
}

bool ResultCache::storeSkills(const CacheKey &key, const QStringList &skills)
{
    if (key.stage != CacheStage::Skills || skills.isEmpty())
        return false;
    return write(key, QJsonObject { { QStringLiteral("skills"), sessionjson::toJson(skills) } });
}

std::optional<DiscoveryResult> ResultCache::discovery(const CacheKey &key)
{
    if (key.stage != CacheStage::Discovery)
        return std::nullopt;
    const auto value = read(key);
    if (!value)
        return std::nullopt;
    JsonReader reader;
    DiscoveryResult d;
    d.grounded = reader.boolean(*value, QStringLiteral("grounded"), QStringLiteral("grounded"), false);
    d.contextText = reader.string(*value, QStringLiteral("context"), QStringLiteral("context"));
    d.sources = sessionjson::sourcesFromJson(
        reader.array(*value, QStringLiteral("sources"), QStringLiteral("sources"), false), reader,
        QStringLiteral("sources"));
    d.reason = reader.string(*value, QStringLiteral("reason"), QStringLiteral("reason"));
    if (!reader.ok())
        return std::nullopt;
    return d;
}

bool ResultCache::storeDiscovery(const CacheKey &key, const DiscoveryResult &value)
{
    if (key.stage != CacheStage::Discovery || (value.grounded && value.contextText.isEmpty()))
        return false;
    return write(key,
                 QJsonObject { { QStringLiteral("grounded"), value.grounded },
                               { QStringLiteral("context"), value.contextText },
                               { QStringLiteral("sources"), sessionjson::toJson(value.sources) },
                               { QStringLiteral("reason"), value.reason } });
}

std::optional<SkillQuestions> ResultCache::questions(const CacheKey &key)
{
    if (key.stage != CacheStage::Questions)
        return std::nullopt;
    const auto value = read(key);
    if (!value)
        return std::nullopt;
    JsonReader reader;
    SkillQuestions out;
    out.questions = sessionjson::questionsFromJson(
        reader.array(*value, QStringLiteral("questions"), QStringLiteral("questions"), true), reader,
        QStringLiteral("questions"));
    out.claims
        = sessionjson::stringsFromJson(reader.array(*value, QStringLiteral("claims"), QStringLiteral("claims"), false),
                                       reader, QStringLiteral("claims"));
    if (!reader.ok() || out.questions.isEmpty())
        return std::nullopt;
    return out;
}

bool ResultCache::storeQuestions(const CacheKey &key, const SkillQuestions &value)
{
    if (key.stage != CacheStage::Questions || value.questions.isEmpty())
        return false;
    QJsonObject o { { QStringLiteral("questions"), sessionjson::toJson(value.questions) } };
    if (!value.claims.isEmpty())
        o.insert(QStringLiteral("claims"), sessionjson::toJson(value.claims));
    return write(key, o);
}

std::optional<std::pair<PracticeGrade, QString>> ResultCache::grade(const CacheKey &key)
{
    if (key.stage != CacheStage::Grade)
        return std::nullopt;
    const auto value = read(key);
    if (!value)
        return std::nullopt;
    const auto grade = gradeFromJson(value->value(QStringLiteral("grade")).toObject());
    if (!grade)
        return std::nullopt;
    return std::make_pair(*grade, value->value(QStringLiteral("model")).toString());
}

bool ResultCache::storeGrade(const CacheKey &key, const PracticeGrade &grade, const QString &model)
{
    if (key.stage != CacheStage::Grade)
        return false;
    return write(key, { { QStringLiteral("grade"), toJson(grade) }, { QStringLiteral("model"), model } });
}

Result<bool, QString> ResultCache::clear()
{
    auto result = Result<bool, QString>::ok(true);
    const QFileInfoList files = QDir(m_directory).entryInfoList({ QStringLiteral("*.json") }, QDir::Files);
    for (const QFileInfo &info : files) {
        if (!isEntryFileName(info.fileName()))
            continue;
        QFile file(info.absoluteFilePath());
        if (!file.remove() && result.isOk())
            result = Result<bool, QString>::fail(
                QCoreApplication::translate("ip::ResultCache", "Could not delete the cached result %1: %2")
                    .arg(QDir::toNativeSeparators(info.absoluteFilePath()), file.errorString()));
    }
    m_index.clear();
    m_totalBytes = 0;
    m_indexLoaded = false; // what could not be removed is found again
    return result;
}

void ResultCache::setMaxBytes(qint64 bytes)
{
    m_maxBytes = std::max<qint64>(0, bytes);
    loadIndex();
    evict(QString());
}

qint64 ResultCache::totalBytes()
{
    loadIndex();
    return m_totalBytes;
}

int ResultCache::entryCount()
{
    loadIndex();
    return int(m_index.size());
}

} // namespace ip
