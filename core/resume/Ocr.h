#pragma once

#include "common/Result.h"
#include "resume/LoadResume.h"

#include <QImage>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace ip {

struct OcrText
{
    QString text; // UTF-8 text as Tesseract reads it, lines ending in "\n"
    int confidence = -1; // mean word confidence 0..100; -1 when no word was found
    int words = 0;
};

// Tesseract's languages for the interface language (a locale name such as "de_DE" or "ar"; empty =
// the system's): English plus that language when Tesseract's data for it is one of ours.
QStringList defaultOcrLanguages(const QString &uiLanguage);
// "eng+deu": the languages in Tesseract's notation; duplicates and empty entries dropped.
QString ocrLanguageSpec(const QStringList &languages);
// The tessdata folder: `explicitPath` when not empty, else $TESSDATA_PREFIX (the folder itself or its
// "tessdata" child), else /usr/share/tesseract-ocr/5/tessdata, else /usr/share/tesseract-ocr/4.00/tessdata.
// Empty when none of them exists.
QString findTessdata(const QString &explicitPath = {});

// One Tesseract engine; not thread-safe: use one per thread (engineForThisThread()).
class OcrEngine
{
public:
    ~OcrEngine();
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;

    // Loads the language data; errors (kind OcrUnavailable) name the package to install.
    static Result<std::unique_ptr<OcrEngine>, ResumeError> create(const OcrOptions &options, const QString &fileName);

    // Reads `image` (any format; converted to 8-bit grey). `keepGoing` is asked now and then while
    // Tesseract works; returning false stops it and gives a Cancelled error.
    Result<OcrText, ResumeError> recognise(const QImage &image, const QString &fileName, int dpi,
                                           const std::function<bool()> &keepGoing = {});

    [[nodiscard]] QString dataPath() const;
    [[nodiscard]] QString languageSpec() const;

private:
    OcrEngine();
    struct Private;
    std::unique_ptr<Private> d;
};

// The calling thread's engine for `options` (created on first use, re-created when the options
// change; it lives until the thread ends).
Result<OcrEngine *, ResumeError> engineForThisThread(const OcrOptions &options, const QString &fileName);

// `image` as 8-bit grey over a white background (transparent parts of rendered PDF pages turn white).
QImage toGreyOnWhite(const QImage &image);

} // namespace ip
