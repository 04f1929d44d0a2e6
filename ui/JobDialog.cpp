#include "JobDialog.h"

#include "FileDialogs.h"
#include "Icons.h"
#include "Theme.h"
#include "resume/ResumeLoader.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QStringDecoder>
#include <QTextCursor>
#include <QUrl>
#include <QVBoxLayout>

namespace ip {
namespace {

// The first local file among dropped or pasted addresses, or empty.
QString localFile(const QMimeData *source)
{
    if (!source || !source->hasUrls())
        return {};
    const QList<QUrl> urls = source->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile())
            return url.toLocalFile();
    return {};
}

bool isPlainTextFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("txt") || suffix == QLatin1String("md") || suffix == QLatin1String("markdown")
        || suffix == QLatin1String("text");
}

bool isPdfFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
}

} // namespace

JobTextEdit::JobTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{ }

bool JobTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return !localFile(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
}

void JobTextEdit::insertFromMimeData(const QMimeData *source)
{
    const QString path = localFile(source);
    if (!path.isEmpty()) {
        Q_EMIT fileDropped(path);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

JobDialog::JobDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new JobTextEdit(this))
    , m_intro(new QLabel(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_openFile(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_loader(new ResumeLoader(this))
{
    setObjectName(QStringLiteral("jobDialog"));
    resize(620, 480);

    m_intro->setObjectName(QStringLiteral("jobIntro"));
    m_intro->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("jobText"));
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_intro->setBuddy(m_text);
    m_count->setObjectName(QStringLiteral("jobCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_message->setObjectName(QStringLiteral("jobMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_openFile->setObjectName(QStringLiteral("jobOpenFile"));
    m_openFile->setIcon(icons::themed(QStringLiteral("folder-open")));
    m_openFile->setAutoDefault(false);
    m_clear->setObjectName(QStringLiteral("jobClear"));
    m_clear->setAutoDefault(false);
    m_buttons->setObjectName(QStringLiteral("jobButtons"));

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_openFile);
    tools->addWidget(m_clear);
    tools->addStretch();
    tools->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_text, 1);
    layout->addLayout(tools);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    ResumeLimits limits;
    limits.maxChars = kMaxChars; // a longer PDF comes back cut and marked truncated
    m_loader->setLimits(limits);

    connect(m_text, &QPlainTextEdit::textChanged, this, &JobDialog::onTextChanged);
    connect(m_text, &JobTextEdit::fileDropped, this, &JobDialog::loadFile);
    connect(m_openFile, &QPushButton::clicked, this, &JobDialog::chooseFile);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_text->clear();
        m_text->setFocus();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &JobDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &JobDialog::reject);
    connect(this, &QDialog::finished, m_loader, &ResumeLoader::cancel);
    connect(m_loader, &ResumeLoader::loaded, this, &JobDialog::onPdfLoaded);
    connect(m_loader, &ResumeLoader::failed, this, &JobDialog::onPdfFailed);

    retranslate();
    updateCount();
    m_text->setFocus();
}

JobDialog::~JobDialog() = default;

void JobDialog::retranslate()
{
    setWindowTitle(tr("Target a Job"));
    m_intro->setText(tr("Paste the &job description, or open or drop a file with it (.txt, .md or .pdf). The "
                        "skills it asks for come first, and those your resume does not show get questions of their "
                        "own."));
    m_text->setAccessibleName(tr("Job description"));
    m_text->setAccessibleDescription(tr("The text of the job advertisement; a file dropped here is read into it"));
    m_text->setPlaceholderText(tr("Paste the job description here"));
    m_openFile->setText(tr("Open File…"));
    m_openFile->setAccessibleName(tr("Open a job description file"));
    m_openFile->setToolTip(tr("Read the job description from a .txt, .md or .pdf file"));
    m_openFile->setAccessibleDescription(m_openFile->toolTip());
    m_clear->setText(tr("Clear"));
    m_clear->setAccessibleName(tr("Clear the job description"));
    m_message->setAccessibleName(tr("Job description message"));
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok)) {
        ok->setObjectName(QStringLiteral("jobOk"));
        ok->setText(tr("Target This Job"));
        ok->setAccessibleName(tr("Target this job"));
        ok->setAccessibleDescription(tr("The next runs rank the skills by this job description"));
    }
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setObjectName(QStringLiteral("jobCancel")); // Qt's own (translated) "Cancel"
    updateCount();
}

void JobDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
    m_text->moveCursor(QTextCursor::End);
}

QString JobDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

QString JobDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool JobDialog::isLoading() const
{
    return m_loader->isRunning();
}

void JobDialog::accept()
{
    if (isLoading())
        return;
    if (text().isEmpty()) {
        showMessage(tr("Paste the job description, or open a file with it, first."), true);
        m_text->setFocus();
        return;
    }
    QDialog::accept();
}

void JobDialog::chooseFile()
{
    FileDialogs::openFile(this, tr("Open a Job Description"), QDir::homePath(),
                          { tr("Job descriptions (*.txt *.md *.pdf)"), tr("All files (*)") },
                          [self = QPointer<JobDialog>(this)](const QString &path) {
                              if (self && !path.isEmpty())
                                  self->loadFile(path);
                          });
}

void JobDialog::loadFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (isPdfFile(path)) {
        setLoading(true);
        m_loadingName = name;
        showMessage(tr("Reading “%1”…").arg(name), false);
        m_loader->load(path);
        return;
    }
    if (!isPlainTextFile(path)) {
        showMessage(tr("“%1” is not a text or PDF file. Choose a .txt, .md or .pdf file.").arg(name), true);
        Q_EMIT fileLoaded(false);
        return;
    }
    const auto fail = [this](const QString &why) {
        showMessage(why, true);
        Q_EMIT fileLoaded(false);
    };
    if (!info.exists())
        return fail(tr("The file “%1” does not exist.").arg(name));
    if (!info.isFile())
        return fail(tr("“%1” is not a regular file.").arg(name));
    if (info.size() > kMaxFileBytes)
        return fail(tr("The file “%1” is too large for a job description (%2; at most %3).")
                        .arg(name, QLocale().formattedDataSize(info.size(), 1, QLocale::DataSizeTraditionalFormat),
                             QLocale().formattedDataSize(kMaxFileBytes, 1, QLocale::DataSizeTraditionalFormat)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The file “%1” cannot be read: %2").arg(name, file.errorString()));
    const QByteArray bytes = file.readAll();
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decode(bytes);
    if (decode.hasError() || text.contains(QChar(0)))
        return fail(tr("The file “%1” is not UTF-8 text.").arg(name));
    text = text.trimmed();
    if (text.isEmpty())
        return fail(tr("The file “%1” is empty.").arg(name));
    const bool truncated = text.size() > kMaxChars;
    setFileText(text.left(kMaxChars), name, truncated);
}

void JobDialog::setFileText(const QString &text, const QString &fileName, bool truncated)
{
    setText(text);
    if (truncated)
        showMessage(
            tr("Read “%1”: only its first %2 characters are kept.").arg(fileName, QLocale().toString(kMaxChars)),
            false);
    else
        showMessage(tr("Read “%1”.").arg(fileName), false);
    m_text->setFocus();
    Q_EMIT fileLoaded(true);
}

void JobDialog::onPdfLoaded(const ResumeText &resume)
{
    setLoading(false);
    if (resume.text.trimmed().isEmpty()) {
        showMessage(tr("The file “%1” has no text.").arg(m_loadingName), true);
        Q_EMIT fileLoaded(false);
        return;
    }
    setFileText(resume.text.trimmed().left(kMaxChars), m_loadingName, resume.truncated);
}

void JobDialog::onPdfFailed(const ResumeError &error)
{
    setLoading(false);
    showMessage(error.message, true);
    Q_EMIT fileLoaded(false);
}

void JobDialog::setLoading(bool loading)
{
    m_text->setReadOnly(loading);
    m_openFile->setEnabled(!loading);
    m_clear->setEnabled(!loading);
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(!loading);
}

void JobDialog::onTextChanged()
{
    if (m_capping)
        return;
    if (m_text->document()->characterCount() - 1 > kMaxChars) {
        // Pasted or typed past the cap: keep the first kMaxChars characters.
        m_capping = true;
        QTextCursor cursor(m_text->document());
        cursor.setPosition(kMaxChars);
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        m_capping = false;
        showMessage(
            tr("A job description is at most %1 characters: the rest was cut.").arg(QLocale().toString(kMaxChars)),
            true);
    } else if (!message().isEmpty() && !isLoading()) {
        showMessage({}, false); // the text changed after the message: it no longer applies
    }
    updateCount();
}

void JobDialog::updateCount()
{
    const int n = int(m_text->toPlainText().size());
    m_count->setText(tr("%1 / %2 characters").arg(QLocale().toString(n), QLocale().toString(kMaxChars)));
    m_count->setAccessibleName(m_count->text());
}

void JobDialog::showMessage(const QString &text, bool error)
{
    m_messageIsError = error;
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText,
                 error ? theme::color(palette(), theme::Semantic::Error) : palette().color(QPalette::PlaceholderText));
    m_message->setPalette(pal);
    m_message->setAccessibleDescription(text);
}

void JobDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && !m_message->text().isEmpty())
        showMessage(m_message->text(), m_messageIsError);
    QDialog::changeEvent(event);
}

} // namespace ip
