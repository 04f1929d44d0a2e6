// Tesseract through its C++ API: finding the language data, one engine per thread, grey images in.
#include "resume/Ocr.h"

#include "resume/LoadResume.h"
#include "resume/ResumeErrors.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <dlfcn.h>
#include <mutex>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>

namespace ip {

namespace {

const QStringList &knownLanguages()
{
    static const QStringList languages { QStringLiteral("eng"), QStringLiteral("deu"), QStringLiteral("ara") };
    return languages;
}

QString packageFor(const QString &language)
{
    return QStringLiteral("tesseract-ocr-") + language;
}

bool hasTessdata(const QString &folder)
{
    return !folder.isEmpty() && QFileInfo(folder).isDir();
}

// Debian's Tesseract is built with OpenMP, whose worker threads spin while they wait: with the cores
// busy (other pages, other programs) a page took 5 × longer (9.6 s instead of 1.9 s on 2 shared
// cores). With max-active-levels 0 every parallel region runs on the thread that starts it; pages
// are spread over threads by the caller instead. libgomp keeps that setting for the whole process
// (Tesseract is its only user here). Looked up at run time: a Tesseract without OpenMP needs nothing.
void keepOpenMpOnCallingThreads()
{
    static std::once_flag once;
    std::call_once(once, [] {
        using SetInt = void (*)(int);
        if (auto *setLevels = reinterpret_cast<SetInt>(dlsym(RTLD_DEFAULT, "omp_set_max_active_levels")))
            setLevels(0);
    });
}

} // namespace

QStringList defaultOcrLanguages(const QString &uiLanguage)
{
    const QLocale locale = uiLanguage.isEmpty() ? QLocale::system() : QLocale(uiLanguage);
    QStringList languages { QStringLiteral("eng") };
    switch (locale.language()) {
    case QLocale::German: languages << QStringLiteral("deu"); break;
    case QLocale::Arabic: languages << QStringLiteral("ara"); break;
    default: break;
    }
    return languages;
}

QString ocrLanguageSpec(const QStringList &languages)
{
    QStringList unique;
    for (const QString &language : languages) {
        const QString code = language.trimmed();
        if (!code.isEmpty() && !unique.contains(code))
            unique << code;
    }
    if (unique.isEmpty())
        unique << QStringLiteral("eng");
    return unique.join(QLatin1Char('+'));
}

QString findTessdata(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return hasTessdata(explicitPath) ? QDir::cleanPath(explicitPath) : QString();
    const QString prefix = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!prefix.isEmpty()) {
        // Tesseract 5 takes the folder itself; older guides point at its parent.
        const QString child = QDir(prefix).filePath(QStringLiteral("tessdata"));
        if (QFileInfo::exists(QDir(prefix).filePath(QStringLiteral("eng.traineddata"))) || !hasTessdata(child))
            return hasTessdata(prefix) ? QDir::cleanPath(prefix) : QString();
        return child;
    }
    for (const char *folder : { "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata" }) {
        if (hasTessdata(QString::fromLatin1(folder)))
            return QString::fromLatin1(folder);
    }
    return {};
}

QImage toGreyOnWhite(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_Grayscale8);
    // Premultiplied colour over white: c + (255 - alpha).
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QImage grey(argb.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *in = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        uchar *out = grey.scanLine(y);
        for (int x = 0; x < argb.width(); ++x) {
            const QRgb p = in[x];
            const int white = 255 - qAlpha(p);
            const int r = qRed(p) + white;
            const int g = qGreen(p) + white;
            const int b = qBlue(p) + white;
            out[x] = static_cast<uchar>(std::min(255, (r * 11 + g * 16 + b * 5) / 32));
        }
    }
    return grey;
}

struct OcrEngine::Private
{
    tesseract::TessBaseAPI api;
    QString dataPath;
    QString languages;
    OcrOptions options;
};

OcrEngine::OcrEngine()
    : d(std::make_unique<Private>())
{ }

OcrEngine::~OcrEngine()
{
    d->api.End();
}

QString OcrEngine::dataPath() const
{
    return d->dataPath;
}

QString OcrEngine::languageSpec() const
{
    return d->languages;
}

Result<std::unique_ptr<OcrEngine>, ResumeError> OcrEngine::create(const OcrOptions &options, const QString &fileName)
{
    const QString spec = ocrLanguageSpec(options.languages);
    const QString dataPath = findTessdata(options.dataPath);
    const QStringList languages = spec.split(QLatin1Char('+'));
    if (dataPath.isEmpty()) {
        QStringList packages;
        for (const QString &language : languages)
            packages << packageFor(language);
        return resumeerror::ocrUnavailable(fileName, packages);
    }
    QStringList missing;
    for (const QString &language : languages) {
        if (!QFileInfo::exists(QDir(dataPath).filePath(language + QStringLiteral(".traineddata"))))
            missing << (knownLanguages().contains(language) ? packageFor(language) : language);
    }
    if (!missing.isEmpty())
        return resumeerror::ocrUnavailable(fileName, missing, dataPath);

    std::unique_ptr<OcrEngine> engine(new OcrEngine);
    engine->d->dataPath = dataPath;
    engine->d->languages = spec;
    engine->d->options = options;
    // Only the parameters that are not "debug" ones; Tesseract reads the data folder itself.
    if (engine->d->api.Init(QFile::encodeName(dataPath).constData(), spec.toLatin1().constData(),
                            tesseract::OEM_LSTM_ONLY)
        != 0) {
        return resumeerror::ocrUnavailable(fileName, {}, dataPath);
    }
    engine->d->api.SetPageSegMode(tesseract::PSM_AUTO);
    return engine;
}

Result<OcrText, ResumeError> OcrEngine::recognise(const QImage &image, const QString &fileName, int dpi,
                                                  const std::function<bool()> &keepGoing)
{
    if (image.isNull() || image.width() <= 0 || image.height() <= 0)
        return resumeerror::damagedImage(fileName);
    const QImage grey = image.format() == QImage::Format_Grayscale8 ? image : toGreyOnWhite(image);
    keepOpenMpOnCallingThreads();
    tesseract::TessBaseAPI &api = d->api;
    api.SetImage(grey.constBits(), grey.width(), grey.height(), 1, static_cast<int>(grey.bytesPerLine()));
    api.SetSourceResolution(dpi > 0 ? dpi : 300);

    struct Cancel
    {
        const std::function<bool()> *keepGoing;
        bool cancelled = false;
    } cancel { &keepGoing };
    tesseract::ETEXT_DESC monitor;
    monitor.cancel_this = &cancel;
    monitor.cancel = [](void *self, int) {
        auto *c = static_cast<Cancel *>(self);
        if (!c->cancelled && *c->keepGoing && !(*c->keepGoing)())
            c->cancelled = true;
        return c->cancelled;
    };
    const int status = api.Recognize(&monitor);
    if (cancel.cancelled) {
        api.Clear();
        return resumeerror::cancelled(fileName);
    }
    if (status != 0) {
        api.Clear();
        return resumeerror::ocrFailed(fileName);
    }
    OcrText result;
    const std::unique_ptr<char[]> text(api.GetUTF8Text());
    result.text = text ? QString::fromUtf8(text.get()) : QString();
    const std::unique_ptr<int[]> confidences(api.AllWordConfidences());
    if (confidences) {
        long long sum = 0;
        for (const int *c = confidences.get(); *c >= 0; ++c) {
            sum += *c;
            ++result.words;
        }
        if (result.words > 0)
            result.confidence = static_cast<int>((sum + result.words / 2) / result.words);
    }
    api.Clear();
    return result;
}

Result<OcrEngine *, ResumeError> engineForThisThread(const OcrOptions &options, const QString &fileName)
{
    thread_local std::unique_ptr<OcrEngine> engine;
    const QString spec = ocrLanguageSpec(options.languages);
    const QString dataPath = findTessdata(options.dataPath);
    if (!engine || engine->dataPath() != dataPath || engine->languageSpec() != spec) {
        engine.reset();
        auto created = OcrEngine::create(options, fileName);
        if (created.isError())
            return created.error();
        engine = std::move(created.value());
    }
    return engine.get();
}

} // namespace ip
