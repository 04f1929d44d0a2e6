#include "StudyDialog.h"

#include "FileDialogs.h"
#include "Prompt.h"
#include "SourceList.h"
#include "report/Report.h"
#include "report/StudySheet.h"
#include "session/AtomicFile.h"
#include "study/DeckSheet.h"
#include "study/DeckSync.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <array>

namespace ip {

namespace {

enum Column { SkillColumn, DueColumn, NewColumn, TotalColumn, ColumnCount };

const auto kSaveDirKey = QStringLiteral("window/lastSaveDirectory");

constexpr std::array kRatings { ReviewRating::Again, ReviewRating::Hard, ReviewRating::Good, ReviewRating::Easy };

QString ratingName(ReviewRating rating)
{
    switch (rating) {
    case ReviewRating::Again: return StudyDialog::tr("Again");
    case ReviewRating::Hard: return StudyDialog::tr("Hard");
    case ReviewRating::Good: return StudyDialog::tr("Good");
    case ReviewRating::Easy: return StudyDialog::tr("Easy");
    }
    return {};
}

QString inDays(int days)
{
    return days <= 1 ? StudyDialog::tr("tomorrow") : StudyDialog::tr("in %n day(s)", nullptr, days);
}

QString saveDirectory()
{
    return QSettings()
        .value(kSaveDirKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

} // namespace

StudyDialog::StudyDialog(QString deckPath, QString sessionsDirectory, QWidget *parent)
    : QDialog(parent)
    , m_deckPath(std::move(deckPath))
    , m_sessionsDirectory(std::move(sessionsDirectory))
    , m_pages(new QStackedWidget(this))
    , m_overview(new QWidget(m_pages))
    , m_summary(new QLabel(m_overview))
    , m_hint(new QLabel(m_overview))
    , m_skills(new QTreeWidget(m_overview))
    , m_message(new QLabel(m_overview))
    , m_reviewButton(new QPushButton(m_overview))
    , m_pdfButton(new QPushButton(m_overview))
    , m_ankiButton(new QPushButton(m_overview))
    , m_backupButton(new QPushButton(m_overview))
    , m_restoreButton(new QPushButton(m_overview))
    , m_closeButton(new QPushButton(m_overview))
    , m_review(new QWidget(m_pages))
    , m_progress(new QLabel(m_review))
    , m_question(new QLabel(m_review))
    , m_answer(new QLabel(m_review))
    , m_showButton(new QPushButton(m_review))
    , m_endButton(new QPushButton(m_review))
{
    setObjectName(QStringLiteral("studyDialog"));
    setModal(false);
    buildOverview();
    buildReview();
    m_pages->addWidget(m_overview);
    m_pages->addWidget(m_review);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    retranslate();
    resize(760, 560);

    m_deck = std::make_unique<Deck>(m_deckPath);
    if (const auto opened = m_deck->open(); opened.isError())
        m_openError = opened.error();
    reload();
}

StudyDialog::~StudyDialog() = default;

void StudyDialog::buildOverview()
{
    m_summary->setObjectName(QStringLiteral("studySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_summary->setFont(big);

    m_hint->setObjectName(QStringLiteral("studyHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_skills->setObjectName(QStringLiteral("studySkills"));
    m_skills->setColumnCount(ColumnCount);
    m_skills->setRootIsDecorated(false);
    m_skills->setUniformRowHeights(true);
    m_skills->setAlternatingRowColors(true);
    m_skills->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_skills->header()->setStretchLastSection(false);
    m_skills->header()->setSectionResizeMode(SkillColumn, QHeaderView::Stretch);
    for (int c : { DueColumn, NewColumn, TotalColumn })
        m_skills->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_skills, &QTreeWidget::itemSelectionChanged, this, &StudyDialog::updateButtons);
    connect(m_skills, &QTreeWidget::itemActivated, this, [this] { startReview(); });

    m_message->setObjectName(QStringLiteral("studyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_reviewButton->setObjectName(QStringLiteral("studyReviewButton"));
    m_reviewButton->setDefault(true);
    m_pdfButton->setObjectName(QStringLiteral("studyPdfButton"));
    m_ankiButton->setObjectName(QStringLiteral("studyAnkiButton"));
    m_backupButton->setObjectName(QStringLiteral("studyBackupButton"));
    m_restoreButton->setObjectName(QStringLiteral("studyRestoreButton"));
    m_closeButton->setObjectName(QStringLiteral("studyCloseButton"));
    connect(m_reviewButton, &QPushButton::clicked, this, &StudyDialog::startReview);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { exportDeck(ReportFormat::Pdf); });
    connect(m_ankiButton, &QPushButton::clicked, this, [this] { exportDeck(ReportFormat::Anki); });
    connect(m_backupButton, &QPushButton::clicked, this, &StudyDialog::backUp);
    connect(m_restoreButton, &QPushButton::clicked, this, &StudyDialog::restore);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);

    auto *files = new QHBoxLayout;
    files->addWidget(m_pdfButton);
    files->addWidget(m_ankiButton);
    files->addStretch(1);
    files->addWidget(m_backupButton);
    files->addWidget(m_restoreButton);

    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_reviewButton);
    bottom->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(m_overview);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_hint);
    layout->addWidget(m_skills, 1);
    layout->addWidget(m_message);
    layout->addLayout(files);
    layout->addLayout(bottom);
}

void StudyDialog::buildReview()
{
    m_progress->setObjectName(QStringLiteral("studyProgress"));
    m_progress->setTextFormat(Qt::PlainText);
    m_question->setObjectName(QStringLiteral("studyQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_question->setFocusPolicy(Qt::StrongFocus);
    QFont big = m_question->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_question->setFont(big);
    m_answer->setObjectName(QStringLiteral("studyAnswer"));
    m_answer->setWordWrap(true);
    m_answer->setTextFormat(Qt::RichText);
    m_answer->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    openLinksInBrowser(m_answer);

    m_showButton->setObjectName(QStringLiteral("studyShowButton"));
    m_endButton->setObjectName(QStringLiteral("studyEndButton"));
    connect(m_showButton, &QPushButton::clicked, this, &StudyDialog::showAnswer);
    connect(m_endButton, &QPushButton::clicked, this, &StudyDialog::endReview);

    auto *rates = new QHBoxLayout;
    rates->addWidget(m_showButton);
    int key = Qt::Key_1;
    for (ReviewRating rating : kRatings) {
        auto *button = new QPushButton(m_review);
        button->setObjectName(QStringLiteral("studyRate") + toString(rating).at(0).toUpper() + toString(rating).mid(1));
        connect(button, &QPushButton::clicked, this, [this, rating] { rate(rating); });
        auto *shortcut = new QShortcut(QKeySequence(key++), m_review);
        connect(shortcut, &QShortcut::activated, this, [this, rating] {
            if (m_answerShown)
                rate(rating);
        });
        m_rateButtons.append(button);
        rates->addWidget(button);
    }
    // Space shows the answer; once it is shown, Space is the focused button's again.
    m_spaceShortcut = new QShortcut(QKeySequence(Qt::Key_Space), m_review);
    connect(m_spaceShortcut, &QShortcut::activated, this, &StudyDialog::showAnswer);

    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_endButton);

    auto *layout = new QVBoxLayout(m_review);
    layout->setContentsMargins(0, 0, 0, 0);
    // A long answer (many key points, long sources) scrolls; the rating buttons stay in view.
    auto *scroll = new QScrollArea(m_review);
    scroll->setObjectName(QStringLiteral("studyAnswerScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *answerBox = new QWidget(scroll);
    auto *answerLayout = new QVBoxLayout(answerBox);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    answerLayout->addWidget(m_question);
    answerLayout->addWidget(m_answer);
    answerLayout->addStretch(1);
    scroll->setWidget(answerBox);
    layout->addWidget(m_progress);
    layout->addWidget(scroll, 1);
    layout->addLayout(rates);
    layout->addLayout(bottom);
}

void StudyDialog::setToday(const QDate &today)
{
    m_today = today;
    if (!isReviewing())
        reload();
}

QDate StudyDialog::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void StudyDialog::refresh()
{
    if (m_sessionsDirectory.isEmpty()) {
        reload();
        Q_EMIT synced();
        return;
    }
    m_syncing = true;
    const int generation = ++m_syncGeneration;
    setMessage(tr("Bringing the deck up to date with your saved runs…"));
    updateButtons();
    // The saved runs are read and written into the deck by a worker with its own connection.
    auto *watcher = new QFutureWatcher<Result<DeckSyncReport, QString>>(this);
    connect(watcher, &QFutureWatcher<Result<DeckSyncReport, QString>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_syncGeneration)
            return;
        m_syncing = false;
        const auto result = watcher->result();
        reload();
        if (result.isError())
            setMessage(result.error());
        else if (!result.value().problems.isEmpty())
            setMessage(tr("Some saved runs could not be read and were left out: %1")
                           .arg(result.value().problems.join(QLatin1Char(' '))));
        else if (result.value().added > 0 || result.value().removed > 0)
            setMessage(tr("%n new card(s) from your saved runs", nullptr, result.value().added)
                       + (result.value().removed > 0
                              ? tr("; %n card(s) of deleted runs left the deck", nullptr, result.value().removed)
                              : QString())
                       + QLatin1Char('.'));
        Q_EMIT synced();
    });
    watcher->setFuture(QtConcurrent::run(syncDeckWithSavedRuns, m_deckPath, m_sessionsDirectory));
}

void StudyDialog::reload()
{
    m_skills->clear();
    if (!m_openError.isEmpty() || !m_deck->isOpen()) {
        m_summary->setText(tr("The study deck could not be opened."));
        setMessage(m_openError);
        updateButtons();
        return;
    }
    const QList<SkillDue> bySkill = m_deck->dueBySkill(today());
    int due = 0;
    int fresh = 0;
    int total = 0;
    for (const SkillDue &s : bySkill) {
        auto *item = new QTreeWidgetItem(m_skills);
        item->setText(SkillColumn, s.skill);
        item->setData(SkillColumn, Qt::UserRole, s.skill);
        item->setText(DueColumn, QLocale().toString(s.due));
        item->setText(NewColumn, QLocale().toString(s.fresh));
        item->setText(TotalColumn, QLocale().toString(s.total));
        for (int c : { DueColumn, NewColumn, TotalColumn })
            item->setTextAlignment(c, Qt::AlignTrailing | Qt::AlignVCenter);
        item->setData(SkillColumn, Qt::AccessibleTextRole,
                      tr("%1: %2 due, %3 new, %4 cards").arg(s.skill).arg(s.due).arg(s.fresh).arg(s.total));
        due += s.due;
        fresh += s.fresh;
        total += s.total;
    }
    if (total == 0)
        m_summary->setText(tr("Your deck is empty: every question of every saved run becomes a card. Run a resume "
                              "first."));
    else if (due == 0 && fresh == 0)
        m_summary->setText(tr("Nothing is due today. %n card(s) in the deck.", nullptr, total));
    else
        m_summary->setText(tr("Due today: %1 · New: %2 · In the deck: %3")
                               .arg(QLocale().toString(due), QLocale().toString(fresh), QLocale().toString(total)));
    m_summary->setAccessibleName(m_summary->text());
    updateButtons();
}

QStringList StudyDialog::selectedSkills() const
{
    QStringList skills;
    for (const QTreeWidgetItem *item : m_skills->selectedItems())
        skills << item->data(SkillColumn, Qt::UserRole).toString();
    return skills;
}

void StudyDialog::updateButtons()
{
    const bool open = m_deck && m_deck->isOpen() && m_openError.isEmpty();
    const bool hasCards = m_skills->topLevelItemCount() > 0;
    int reviewable = 0;
    const QStringList selected = selectedSkills();
    for (int i = 0; i < m_skills->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_skills->topLevelItem(i);
        if (!selected.isEmpty() && !item->isSelected())
            continue;
        reviewable += QLocale().toInt(item->text(DueColumn)) + QLocale().toInt(item->text(NewColumn));
    }
    m_reviewButton->setEnabled(open && !m_syncing && reviewable > 0);
    m_reviewButton->setText(reviewable > 0 ? tr("&Review %n Card(s)", nullptr, reviewable) : tr("&Review"));
    m_pdfButton->setEnabled(open && !m_syncing && hasCards);
    m_ankiButton->setEnabled(open && !m_syncing && hasCards);
    m_backupButton->setEnabled(open && !m_syncing);
    m_restoreButton->setEnabled(!m_syncing);
}

void StudyDialog::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString StudyDialog::summaryText() const
{
    return m_summary->text();
}

QString StudyDialog::messageText() const
{
    return m_message->text();
}

bool StudyDialog::isReviewing() const
{
    return m_pages->currentWidget() == m_review;
}

bool StudyDialog::isAnswerShown() const
{
    return isReviewing() && m_answerShown;
}

QString StudyDialog::shownQuestion() const
{
    return isReviewing() ? m_question->text() : QString();
}

QString StudyDialog::shownCardId() const
{
    return isReviewing() && m_position < m_queue.size() ? m_queue.at(m_position).id : QString();
}

void StudyDialog::startReview()
{
    if (!m_reviewButton->isEnabled())
        return;
    m_queue = m_deck->dueCards(today(), selectedSkills());
    if (m_queue.isEmpty())
        return;
    m_position = 0;
    m_reviewedCount = 0;
    setMessage({});
    m_pages->setCurrentWidget(m_review);
    showCard();
}

void StudyDialog::showCard()
{
    const StudyCard &card = m_queue.at(m_position);
    m_answerShown = false;
    m_progress->setText(tr("Card %1 of %2 · %3").arg(m_position + 1).arg(m_queue.size()).arg(card.skill)
                        + (card.schedule.isNew() ? tr(" · new") : QString()));
    m_question->setText(card.question);
    m_question->setAccessibleName(tr("Question: %1").arg(card.question));
    m_answer->clear();
    m_answer->setVisible(false);
    m_spaceShortcut->setEnabled(true);
    m_showButton->setVisible(true);
    m_showButton->setEnabled(true);
    for (int i = 0; i < m_rateButtons.size(); ++i) {
        const ReviewRating rating = kRatings.at(size_t(i));
        const CardSchedule next = nextSchedule(card.schedule, rating, today());
        QPushButton *button = m_rateButtons.at(i);
        button->setText(tr("&%1 %2 · %3").arg(i + 1).arg(ratingName(rating), inDays(next.intervalDays)));
        button->setAccessibleName(tr("%1: the card comes back %2").arg(ratingName(rating), inDays(next.intervalDays)));
        button->setVisible(false);
    }
    m_showButton->setFocus();
}

void StudyDialog::showAnswer()
{
    if (!isReviewing() || m_answerShown)
        return;
    const StudyCard &card = m_queue.at(m_position);
    m_answerShown = true;
    QString html;
    if (card.keyPoints.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("This question has no key points (it was written before runs "
                            "named them). Rate how well you could answer it.")
                             .toHtmlEscaped());
    } else {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("A strong answer covers:").toHtmlEscaped());
        for (const KeyPoint &point : card.keyPoints) {
            html += QStringLiteral("<li>") + point.text.toHtmlEscaped();
            if (point.source >= 0 && point.source < card.sources.size())
                html += QStringLiteral(" (") + sourceLinkHtml(card.sources.at(point.source)) + QLatin1Char(')');
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    if (!card.evidence.isEmpty())
        html += QStringLiteral("<p><b>%1</b> <i>%2</i></p>")
                    .arg(tr("From your resume:").toHtmlEscaped(), card.evidence.toHtmlEscaped());
    if (!card.sources.isEmpty()) {
        QStringList links;
        for (const Source &source : card.sources)
            links << sourceLinkHtml(source);
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Sources:").toHtmlEscaped(), links.join(QStringLiteral(" · ")));
    }
    m_answer->setText(html);
    m_answer->setVisible(true);
    m_spaceShortcut->setEnabled(false);
    m_showButton->setVisible(false);
    for (QPushButton *button : std::as_const(m_rateButtons))
        button->setVisible(true);
    m_rateButtons.at(2)->setFocus(); // Good
}

void StudyDialog::rate(ReviewRating rating)
{
    if (!isAnswerShown())
        return;
    const QString id = m_queue.at(m_position).id;
    const auto saved = m_deck->review(
        id, rating, today() == QDate::currentDate() ? QDateTime::currentDateTime() : QDateTime(today(), QTime(12, 0)));
    if (saved.isError()) {
        // The review was not saved: say so and stay on the card (it can be rated again).
        m_progress->setText(tr("The review could not be saved: %1").arg(saved.error()));
        return;
    }
    ++m_reviewedCount;
    Q_EMIT reviewed(id, rating);
    ++m_position;
    if (m_position >= m_queue.size()) {
        finishReview();
        return;
    }
    showCard();
}

void StudyDialog::endReview()
{
    if (isReviewing())
        finishReview();
}

void StudyDialog::finishReview()
{
    m_queue.clear();
    m_position = 0;
    m_answerShown = false;
    m_pages->setCurrentWidget(m_overview);
    reload();
    setMessage(m_reviewedCount > 0
                   ? tr("Reviewed %n card(s). Each comes back when its rating said.", nullptr, m_reviewedCount)
                   : QString());
    m_reviewButton->setFocus();
}

void StudyDialog::exportDeck(ReportFormat format)
{
    const QList<StudyCard> cards = m_deck->cards();
    if (cards.isEmpty())
        return;
    const bool pdf = format == ReportFormat::Pdf;
    const QString name
        = QStringLiteral("interview-prep-deck_%1.%2")
              .arg(today().toString(QStringLiteral("yyyyMMdd")), pdf ? QStringLiteral("pdf") : QStringLiteral("txt"));
    const QStringList filters = { pdf ? tr("PDF (*.pdf)") : tr("Anki cards (*.txt)") };
    FileDialogs::saveFile(
        this, pdf ? tr("Export the deck as PDF") : tr("Export the deck for Anki"), QDir(saveDirectory()).filePath(name),
        filters, filters.first(), [this, pdf](const QString &chosen, const QString &) {
            if (chosen.isEmpty())
                return;
            const StudySheet sheet
                = sheetFromCards(m_deck->cards(), tr("Study deck"), QLocale().toString(today(), QLocale::LongFormat));
            QByteArray bytes;
            if (pdf) {
                const auto rendered = renderPdf(sheet);
                if (rendered.isError()) {
                    setMessage(rendered.error());
                    return;
                }
                bytes = rendered.value();
            } else {
                bytes = renderAnki(sheet);
            }
            const auto written = writeFileAtomically(chosen, bytes);
            if (written.isError()) {
                setMessage(written.error());
                return;
            }
            QSettings().setValue(kSaveDirKey, QFileInfo(chosen).absolutePath());
            int count = 0;
            for (const SheetSkill &skill : sheet.skills)
                count += int(skill.questions.size());
            setMessage(tr("Exported %n card(s) to %1", nullptr, count).arg(QDir::toNativeSeparators(chosen)));
        });
}

void StudyDialog::backUp()
{
    const QString name
        = QStringLiteral("interview-prep-deck_%1.sqlite").arg(today().toString(QStringLiteral("yyyyMMdd")));
    const QStringList filters = { tr("Study deck backup (*.sqlite)") };
    FileDialogs::saveFile(this, tr("Back up the study deck"), QDir(saveDirectory()).filePath(name), filters,
                          filters.first(), [this](const QString &chosen, const QString &) {
                              if (chosen.isEmpty())
                                  return;
                              const auto done = m_deck->backup(chosen);
                              setMessage(done.isError()
                                             ? done.error()
                                             : tr("Backed up the deck to %1").arg(QDir::toNativeSeparators(chosen)));
                          });
}

void StudyDialog::restore()
{
    const QStringList filters = { tr("Study deck backup (*.sqlite)"), tr("All files (*)") };
    FileDialogs::openFile(this, tr("Restore the study deck"), saveDirectory(), filters, [this](const QString &chosen) {
        if (chosen.isEmpty())
            return;
        Prompt::question(
            this, tr("Replace the deck?"),
            tr("Replace your study deck with the backup “%1”? Reviews made since that backup are lost.")
                .arg(QFileInfo(chosen).fileName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No, [this, chosen](QMessageBox::StandardButton answer) {
                if (answer != QMessageBox::Yes)
                    return;
                const auto done = m_deck->restore(chosen);
                if (done.isOk())
                    m_openError.clear();
                reload();
                setMessage(done.isError() ? done.error()
                                          : tr("Restored the deck from %1").arg(QDir::toNativeSeparators(chosen)));
            });
    });
}

void StudyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void StudyDialog::retranslate()
{
    setWindowTitle(tr("Study"));
    m_skills->setHeaderLabels({ tr("Skill"), tr("Due"), tr("New"), tr("Cards") });
    m_skills->setAccessibleName(tr("Cards per skill"));
    m_hint->setText(tr("Review shows the cards due today first, then new ones. Select skills to review only theirs."));
    m_summary->setAccessibleDescription(tr("What is due today"));
    m_pdfButton->setText(tr("Export &PDF…"));
    m_pdfButton->setAccessibleName(tr("Export the deck as PDF"));
    m_ankiButton->setText(tr("Export for &Anki…"));
    m_ankiButton->setAccessibleName(tr("Export the deck for Anki"));
    m_backupButton->setText(tr("&Back Up…"));
    m_backupButton->setAccessibleName(tr("Back up the study deck"));
    m_restoreButton->setText(tr("Res&tore…"));
    m_restoreButton->setAccessibleName(tr("Restore the study deck from a backup"));
    m_closeButton->setText(tr("&Close"));
    m_showButton->setText(tr("&Show Answer (Space)"));
    m_showButton->setAccessibleName(tr("Show the key points"));
    m_endButton->setText(tr("&End Review"));
    m_answer->setAccessibleName(tr("Key points"));
    if (isReviewing()) {
        const bool shown = m_answerShown;
        showCard();
        if (shown)
            showAnswer();
    } else if (m_deck) {
        reload();
    }
}

} // namespace ip
