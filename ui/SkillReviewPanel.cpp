#include "SkillReviewPanel.h"

#include "pipeline/SkillNormaliser.h"
#include "settings/SettingRanges.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ip {
namespace {

constexpr int kMaxNameLength = 80;
// The item's name as last accepted: what a refused rename puts back.
constexpr int kAcceptedName = Qt::UserRole + 1;

int maxSkills()
{
    return settingRange(&Settings::skillCount).max;
}

} // namespace

SkillReviewPanel::SkillReviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_help(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_addEdit(new QLineEdit(this))
    , m_add(new QPushButton(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_cancel(new QPushButton(this))
    , m_write(new QPushButton(this))
{
    setObjectName(QStringLiteral("skillReview"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_help->setWordWrap(true);
    m_help->setForegroundRole(QPalette::PlaceholderText);

    m_list->setObjectName(QStringLiteral("reviewSkillList"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->installEventFilter(this);
    m_up->setObjectName(QStringLiteral("reviewMoveUp"));
    m_down->setObjectName(QStringLiteral("reviewMoveDown"));
    m_remove->setObjectName(QStringLiteral("reviewRemove"));
    m_addEdit->setObjectName(QStringLiteral("reviewAddName"));
    m_addEdit->setMaxLength(kMaxNameLength);
    m_addEdit->setClearButtonEnabled(true);
    m_add->setObjectName(QStringLiteral("reviewAdd"));
    m_count->setObjectName(QStringLiteral("reviewCount"));
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_cancel->setObjectName(QStringLiteral("reviewCancel"));
    m_write->setObjectName(QStringLiteral("reviewWrite"));
    m_write->setDefault(true);

    auto *side = new QVBoxLayout;
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addSpacing(8);
    side->addWidget(m_remove);
    side->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(side);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addEdit, 1);
    addRow->addWidget(m_add);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_write);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(m_title);
    layout->addWidget(m_help);
    layout->addLayout(listRow, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_remove, &QPushButton::clicked, this, &SkillReviewPanel::removeCurrent);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addSkill(m_addEdit->text()))
            m_addEdit->clear();
    });
    connect(m_addEdit, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_addEdit, &QLineEdit::textChanged, this, [this] { updateState(); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { updateState(); });
    connect(m_list, &QListWidget::itemChanged, this, &SkillReviewPanel::onItemChanged);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] { updateState(); });
    connect(m_cancel, &QPushButton::clicked, this, &SkillReviewPanel::cancelRequested);
    connect(m_write, &QPushButton::clicked, this, [this] {
        if (m_list->count() > 0)
            Q_EMIT confirmed(skills());
    });
    retranslate();
    updateState();
}

void SkillReviewPanel::retranslate()
{
    m_title->setText(tr("Review the skills before questions are written"));
    m_help->setText(tr("Questions are written for this list, in this order. Rename a skill with a double-click or "
                       "F2, drag it or use Move Up and Move Down (Alt+Up, Alt+Down), remove it with Delete, or add "
                       "one below."));
    m_list->setAccessibleName(tr("Skills to write questions for"));
    m_list->setAccessibleDescription(m_help->text());
    m_up->setText(tr("Move &Up"));
    m_up->setAccessibleName(tr("Move the skill up"));
    m_down->setText(tr("Move &Down"));
    m_down->setAccessibleName(tr("Move the skill down"));
    m_remove->setText(tr("&Remove"));
    m_remove->setAccessibleName(tr("Remove the skill"));
    m_addEdit->setPlaceholderText(tr("Add a skill, e.g. Kubernetes"));
    m_addEdit->setAccessibleName(tr("Skill to add"));
    m_add->setText(tr("&Add"));
    m_add->setAccessibleName(tr("Add the skill"));
    m_message->setAccessibleName(tr("Why the skill was not taken"));
    m_cancel->setText(tr("Cancel Run"));
    m_cancel->setAccessibleName(tr("Cancel the run"));
    m_write->setText(tr("&Write Questions"));
    m_write->setAccessibleName(tr("Write questions for these skills"));
    updateState();
}

void SkillReviewPanel::setSkills(const QStringList &skills)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const QString &name : skills)
        newItem(name);
    m_addEdit->clear();
    setMessage({});
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateState();
    m_list->setFocus();
}

QStringList SkillReviewPanel::skills() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->text());
    return out;
}

QString SkillReviewPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

int SkillReviewPanel::indexOfSkill(const QString &name, int except) const
{
    const QString key = skillKey(name);
    for (int i = 0; i < m_list->count(); ++i)
        if (i != except && skillKey(m_list->item(i)->text()) == key)
            return i;
    return -1;
}

bool SkillReviewPanel::addSkill(const QString &raw)
{
    const QString name = cleanSkillName(raw.left(kMaxNameLength));
    if (name.isEmpty() || skillKey(name).isEmpty()) {
        setMessage(raw.trimmed().isEmpty() ? QString() : tr("“%1” is not a skill name.").arg(raw.trimmed()));
        return false;
    }
    if (const int other = indexOfSkill(name, -1); other >= 0) {
        setMessage(tr("“%1” is already in the list (as “%2”).").arg(name, m_list->item(other)->text()));
        m_list->setCurrentRow(other);
        return false;
    }
    if (m_list->count() >= maxSkills()) {
        setMessage(tr("At most %n skills can be asked about in one run.", nullptr, maxSkills()));
        return false;
    }
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentItem(newItem(name));
    setMessage({});
    updateState();
    return true;
}

QListWidgetItem *SkillReviewPanel::newItem(const QString &name)
{
    auto *item = new QListWidgetItem(name, m_list);
    item->setData(kAcceptedName, name);
    item->setFlags((item->flags() | Qt::ItemIsEditable | Qt::ItemIsDragEnabled) & ~Qt::ItemIsDropEnabled);
    return item;
}

void SkillReviewPanel::onItemChanged(QListWidgetItem *item)
{
    const int row = m_list->row(item);
    const QString before = item->data(kAcceptedName).toString();
    const QString name = cleanSkillName(item->text().left(kMaxNameLength));
    QString refusal;
    if (name.isEmpty() || skillKey(name).isEmpty())
        refusal = tr("A skill needs a name; “%1” is kept.").arg(before);
    else if (const int other = indexOfSkill(name, row); other >= 0)
        refusal
            = tr("“%1” is already in the list (as “%2”); “%3” is kept.").arg(name, m_list->item(other)->text(), before);
    const QSignalBlocker blocker(m_list);
    if (!refusal.isEmpty()) {
        item->setText(before);
        setMessage(refusal);
        return;
    }
    item->setText(name);
    item->setData(kAcceptedName, name);
    setMessage({});
    updateState();
}

void SkillReviewPanel::move(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    const QSignalBlocker blocker(m_list);
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    updateState();
}

void SkillReviewPanel::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    if (m_list->count() > 0)
        m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    setMessage({});
    updateState();
}

void SkillReviewPanel::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SkillReviewPanel::updateState()
{
    const int row = m_list->currentRow();
    const int count = m_list->count();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < count);
    m_remove->setEnabled(row >= 0);
    m_add->setEnabled(!m_addEdit->text().trimmed().isEmpty() && count < maxSkills());
    m_write->setEnabled(count > 0);
    m_count->setText(count == 0 ? tr("Add at least one skill to write questions for.")
                                : tr("%n skill(s)", nullptr, count));
}

bool SkillReviewPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Not while a name is being edited (its editor, inside the list, has the focus then).
    const QWidget *focus = QApplication::focusWidget();
    const bool editing = focus && focus != m_list && m_list->isAncestorOf(focus);
    if (watched == m_list && event->type() == QEvent::KeyPress && !editing) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete) {
            removeCurrent();
            return true;
        }
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            move(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SkillReviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ip
