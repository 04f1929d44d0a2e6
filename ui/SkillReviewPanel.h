#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace ip {

// "Review the skills before questions": the skills a run found, as an editable list — rename
// (double-click or F2), reorder (drag, Move Up/Down or Alt+Up/Down), remove (Delete), add — then
// "Write Questions". Names are cleaned and compared the way the pipeline cleans extracted skills, so
// the list never holds the same skill twice ("k8s" is "Kubernetes"), and never more than 30.
class SkillReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SkillReviewPanel(QWidget *parent = nullptr);

    // Shows `skills` (as the run found them) for review; focuses the list.
    void setSkills(const QStringList &skills);
    // The list as it stands, in order.
    [[nodiscard]] QStringList skills() const;
    // The one-line message under the list (a refused name, the limit), empty when none.
    [[nodiscard]] QString message() const;

    // Adds `name` at the end (what the Add button does); false when it is no skill name, already in
    // the list, or the list is full.
    bool addSkill(const QString &name);

Q_SIGNALS:
    void confirmed(const QStringList &skills);
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void move(int delta);
    void removeCurrent();
    QListWidgetItem *newItem(const QString &name);
    void onItemChanged(QListWidgetItem *item);
    void setMessage(const QString &text);
    // The index of the entry that is the same skill as `name` (other than `except`), or -1.
    [[nodiscard]] int indexOfSkill(const QString &name, int except) const;

    QLabel *m_title;
    QLabel *m_help;
    QListWidget *m_list;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    QLineEdit *m_addEdit;
    QPushButton *m_add;
    QLabel *m_count;
    QLabel *m_message;
    QPushButton *m_cancel;
    QPushButton *m_write;
};

} // namespace ip
