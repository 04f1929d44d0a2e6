#include "HistoryDialog.h"

#include "Prompt.h"
#include "session/ResultCache.h"
#include "session/SessionStore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ip {

namespace {

enum Column { ResumeColumn, DateColumn, SkillsColumn, StatusColumn, ColumnCount };

QString statusText(const HistoryEntry &e)
{
    if (e.complete)
        return HistoryDialog::tr("Complete");
    QString text;
    switch (e.outcome) {
    case SessionOutcome::InProgress: text = HistoryDialog::tr("Interrupted"); break;
    case SessionOutcome::Cancelled: text = HistoryDialog::tr("Cancelled"); break;
    case SessionOutcome::Failed: text = HistoryDialog::tr("Failed"); break;
    case SessionOutcome::Complete:
    case SessionOutcome::Partial: text = HistoryDialog::tr("Partial"); break;
    }
    if (!e.skills.isEmpty())
        text = HistoryDialog::tr("%1 (%2 of %3 skills)").arg(text).arg(e.skillsDone).arg(e.skills.size());
    return text;
}

} // namespace

HistoryDialog::HistoryDialog(SessionStore &store, ResultCache *cache, QWidget *parent)
    : QDialog(parent)
    , m_store(&store)
    , m_cache(cache)
    , m_intro(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_continue(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_deleteAll(new QPushButton(this))
    , m_clearCache(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("historyDialog"));
    m_intro->setObjectName(QStringLiteral("historyIntro"));
    m_intro->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("historyProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setFrameShape(QFrame::StyledPanel);
    m_problems->setMargin(6);
    m_problems->hide();
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(ResumeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(SkillsColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("historyOpen"));
    m_continue->setObjectName(QStringLiteral("historyContinue"));
    m_delete->setObjectName(QStringLiteral("historyDelete"));
    m_deleteAll->setObjectName(QStringLiteral("historyDeleteAll"));
    m_clearCache->setObjectName(QStringLiteral("historyClearCache"));
    m_clearCache->setVisible(cache != nullptr);
    m_open->setDefault(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_open);
    row->addWidget(m_continue);
    row->addWidget(m_delete);
    row->addStretch(1);
    row->addWidget(m_deleteAll);
    row->addWidget(m_clearCache);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_problems);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(row);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &HistoryDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { m_open->click(); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const HistoryEntry *e = current())
            Q_EMIT openRequested(e->id);
    });
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (const HistoryEntry *e = current(); e && e->canContinue)
            Q_EMIT continueRequested(e->id);
    });
    connect(m_delete, &QPushButton::clicked, this, &HistoryDialog::deleteCurrent);
    connect(m_deleteAll, &QPushButton::clicked, this, &HistoryDialog::deleteAll);
    connect(m_clearCache, &QPushButton::clicked, this, &HistoryDialog::clearCache);
    connect(&store, &SessionStore::historyChanged, this, &HistoryDialog::refresh);

    retranslate();
    resize(760, 440);
    refresh();
}

QString HistoryDialog::problemText() const
{
    return m_problems->isVisibleTo(this) ? m_problems->text() : QString();
}

const HistoryEntry *HistoryDialog::current() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->isSelected())
        return nullptr;
    const QString id = item->data(ResumeColumn, Qt::UserRole).toString();
    for (const HistoryEntry &e : m_listing.entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

void HistoryDialog::select(const QString &id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(ResumeColumn, Qt::UserRole).toString() == id) {
            m_list->setCurrentItem(item);
            item->setSelected(true);
            return;
        }
    }
}

void HistoryDialog::refresh()
{
    if (!m_store)
        return;
    const QString selected = current() ? current()->id : QString();
    m_listing = m_store->list();
    m_list->clear();
    const QLocale locale;
    for (const HistoryEntry &e : std::as_const(m_listing.entries)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ResumeColumn, e.sourceFile.isEmpty() ? tr("(no resume read)") : e.sourceFile);
        item->setData(ResumeColumn, Qt::UserRole, e.id);
        item->setText(DateColumn, locale.toString(e.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(SkillsColumn, e.skills.join(QStringLiteral(", ")));
        item->setToolTip(SkillsColumn, e.skills.join(QLatin1Char('\n')));
        item->setText(StatusColumn, statusText(e));
        item->setToolTip(ResumeColumn, QDir::toNativeSeparators(e.filePath));
    }
    if (!selected.isEmpty())
        select(selected);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
        m_list->topLevelItem(0)->setSelected(true);
    }
    m_problems->setVisible(!m_listing.problems.isEmpty());
    m_problems->setText(m_listing.problems.isEmpty() ? QString()
                                                     : tr("Some saved runs could not be read and are not listed:")
                                + QLatin1Char('\n') + m_listing.problems.join(QLatin1Char('\n')));
    const bool empty = m_listing.entries.isEmpty();
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    updateButtons();
}

void HistoryDialog::updateButtons()
{
    const HistoryEntry *e = current();
    m_open->setEnabled(e != nullptr);
    m_continue->setEnabled(e && e->canContinue);
    m_delete->setEnabled(e != nullptr);
    m_deleteAll->setEnabled(!m_listing.entries.isEmpty());
}

void HistoryDialog::deleteCurrent()
{
    const HistoryEntry *e = current();
    if (!e || !m_store)
        return;
    const QString id = e->id;
    Prompt::question(this, tr("Delete this run?"),
                     tr("Delete the saved run of “%1” from %2? Its questions cannot be recovered.")
                         .arg(e->sourceFile, QLocale().toString(e->createdAt.toLocalTime(), QLocale::ShortFormat)),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                     [this, id](QMessageBox::StandardButton answer) {
                         if (answer != QMessageBox::Yes || !m_store)
                             return;
                         const auto removed = m_store->remove(id);
                         if (removed.isError())
                             showError(removed.error());
                         refresh();
                     });
}

void HistoryDialog::deleteAll()
{
    if (!m_store || m_listing.entries.isEmpty())
        return;
    Prompt::question(
        this, tr("Delete every run?"),
        tr("Delete all %n saved run(s)? Their questions cannot be recovered.", nullptr, int(m_listing.entries.size())),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No, [this](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes || !m_store)
                return;
            const auto removed = m_store->removeAll();
            if (removed.isError())
                showError(removed.error());
            refresh();
        });
}

void HistoryDialog::clearCache()
{
    if (!m_cache)
        return;
    Prompt::question(this, tr("Clear the cache?"),
                     tr("Forget every cached skill list, web search and question set? Running a resume again "
                        "will then ask the providers (and use their quota) again. Saved runs are kept."),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No, [this](QMessageBox::StandardButton answer) {
                         if (answer != QMessageBox::Yes || !m_cache)
                             return;
                         const auto cleared = m_cache->clear();
                         if (cleared.isError())
                             showError(cleared.error());
                         else
                             m_intro->setText(tr("The cache is empty now."));
                     });
}

void HistoryDialog::showError(const QString &message)
{
    m_problems->setText(message);
    m_problems->show();
}

void HistoryDialog::retranslate()
{
    setWindowTitle(tr("History"));
    m_intro->setText(tr("Every run is saved as it goes. Open one to see its questions again, or continue "
                        "a run that stopped early: only the missing work is requested."));
    m_list->setHeaderLabels({ tr("Resume"), tr("Date"), tr("Skills"), tr("Status") });
    m_list->setAccessibleName(tr("Saved runs"));
    m_empty->setText(tr("No saved runs yet. Open a resume: its run is saved here automatically."));
    m_open->setText(tr("&Open"));
    m_open->setToolTip(tr("Show this run's questions"));
    m_continue->setText(tr("&Continue"));
    m_continue->setToolTip(tr("Finish this run: only the skills without questions are requested"));
    m_delete->setText(tr("&Delete"));
    m_deleteAll->setText(tr("Delete &All…"));
    m_clearCache->setText(tr("Clear C&ache…"));
    m_clearCache->setToolTip(tr("Forget cached results, so the next run asks the providers again"));
    refresh();
}

void HistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace ip
