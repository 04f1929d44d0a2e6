// A PNG/JPEG resume (issue 20): loadResume on the bytes written to a file. Whatever the bytes, the
// result is text read with OCR (one page) or an error that names the file; images are capped small
// here so that every input stays fast.

#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "resume/LoadResume.h"

#include <QFile>
#include <QTemporaryDir>

namespace ip::fuzz {

void fuzzResumeImage(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir dir; // one folder for the process; the file is rewritten per input
    if (!dir.isValid())
        return;
    const QString name = QStringLiteral("input.png"); // read by content, the suffix does not decide
    const QString path = dir.filePath(name);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    ResumeLimits limits;
    limits.ocr.maxImagePixels = 4'000'000;
    limits.ocr.maxSidePixels = 1500;
    const auto result = loadResume(path, limits);
    if (result.isOk()) {
        const ResumeText &text = result.value();
        IP_FUZZ_CHECK(!text.text.trimmed().isEmpty());
        IP_FUZZ_CHECK(text.fileName == name);
        if (text.pageCount == 1 && text.ocrPages == 1) // an image (a PDF input may also be read)
            IP_FUZZ_CHECK(text.ocrConfidence >= -1 && text.ocrConfidence <= 100);
        IP_FUZZ_CHECK(text.ocrPages <= text.pageCount);
    } else {
        const ResumeError &error = result.error();
        IP_FUZZ_CHECK(!error.message.isEmpty());
        IP_FUZZ_CHECK(error.message.contains(name));
        IP_FUZZ_CHECK(error.kind != ResumeErrorKind::NotFound && error.kind != ResumeErrorKind::NotAFile);
    }
}

} // namespace ip::fuzz
