#include "SentRequestsDialog.h"

#include "common/StageName.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace ip {

namespace {

// Messages in the context "ip::SentRequestView".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ip::SentRequestView)
};

QString headerFor(const SentRequest &request)
{
    const QLocale locale;
    QString line = Tr::tr("To <b>%1</b>: %2, %3 characters.")
                       .arg(request.provider.toHtmlEscaped(), describeSentRequest(request).toHtmlEscaped(),
                            locale.toString(request.characters()));
    if (request.webSearch)
        line += u' ' + Tr::tr("The provider searches the web with it.");
    line += u' ';
    line += request.placeholders.isEmpty()
        ? Tr::tr("No personal data of the resume is in it, or keeping it back is off (Settings ▸ Privacy).")
        : Tr::tr("Personal data is replaced by the highlighted placeholders: %1.")
              .arg(request.placeholders.join(QStringLiteral(", ")).toHtmlEscaped());
    return line;
}

} // namespace

SentRequestView::SentRequestView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    m_header->setObjectName(QStringLiteral("sentHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_text->setObjectName(QStringLiteral("sentText"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Text sent"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_text, 1);
}

void SentRequestView::setRequest(const SentRequest &request)
{
    m_header->setText(headerFor(request));
    m_text->setPlainText(formatSentRequest(request));
    // Mark the placeholders (the personal data kept back) in the text.
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat mark;
    mark.setBackground(palette().color(QPalette::Highlight).lighter(170));
    mark.setForeground(palette().color(QPalette::Text));
    mark.setFontWeight(QFont::Bold);
    const QString all = m_text->toPlainText();
    for (const TextSpan &span : placeholderSpans(all, request.placeholders)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_text->document());
        selection.cursor.setPosition(int(span.start));
        selection.cursor.setPosition(int(span.start + span.length), QTextCursor::KeepAnchor);
        selection.format = mark;
        marks.append(selection);
    }
    m_text->setExtraSelections(marks);
    m_text->moveCursor(QTextCursor::Start);
}

QString SentRequestView::text() const
{
    return m_text->toPlainText();
}

SendPreviewDialog::SendPreviewDialog(const SentRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_provider(request.provider)
{
    setObjectName(QStringLiteral("sendPreviewDialog"));
    setWindowTitle(tr("What Will Be Sent to %1").arg(request.provider));
    auto *intro = new QLabel(tr("This is exactly what the run is about to send to %1. Nothing has been sent to it "
                                "yet. Send lets this request and the run's later requests to %1 go.")
                                 .arg(request.provider),
                             this);
    intro->setWordWrap(true);
    auto *view = new SentRequestView(this);
    view->setRequest(request);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendButton"));
    send->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("&Cancel Run"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelRunButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    resize(760, 560);
    send->setFocus();
}

SentLogDialog::SentLogDialog(QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_view(new SentRequestView(this))
{
    setObjectName(QStringLiteral("sentLogDialog"));
    setWindowTitle(tr("What Was Sent"));
    m_summary->setObjectName(QStringLiteral("sentSummary"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("sentList"));
    m_list->setAccessibleName(tr("Requests sent"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 240, 620 });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copySentButton"));
    copy->setToolTip(tr("Put the request shown on the clipboard, as text"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_view->text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &SentLogDialog::showRequest);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(900, 600);
    setLog({});
}

void SentLogDialog::setLog(const QList<SentRequest> &log)
{
    m_log.clear();
    m_list->clear();
    for (const SentRequest &request : log)
        append(request);
    if (log.isEmpty())
        m_summary->setText(tr("Nothing has been sent in this run yet."));
}

void SentLogDialog::append(const SentRequest &request)
{
    m_log.append(request);
    auto *item = new QListWidgetItem(tr("%1  %2 · %3")
                                         .arg(QLocale().toString(request.at.toLocalTime().time(), QLocale::ShortFormat),
                                              request.provider, stageDisplayName(request.stage)));
    item->setToolTip(request.provider + QStringLiteral(" · ") + describeSentRequest(request));
    m_list->addItem(item);
    qsizetype characters = 0;
    for (const SentRequest &r : std::as_const(m_log))
        characters += r.characters();
    m_summary->setText(tr("%n request(s) sent in this run, %1 characters in all, exactly as the providers received "
                          "them.",
                          nullptr, int(m_log.size()))
                           .arg(QLocale().toString(characters)));
    if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
}

int SentLogDialog::count() const
{
    return int(m_log.size());
}

void SentLogDialog::showRequest(int row)
{
    if (row >= 0 && row < m_log.size())
        m_view->setRequest(m_log.at(row));
}

} // namespace ip
