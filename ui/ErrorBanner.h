#pragma once

#include <QFrame>
#include <QList>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace ip {

// An inline message across the top of the window (never a modal box): what went wrong, in
// the words of the core, plus the buttons that fix it. Partial results stay visible below.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Action { OpenSettings, Retry, ChooseFile };
    enum class Level { Error, Warning, Info };

    explicit ErrorBanner(QWidget *parent = nullptr);

    void showMessage(const QString &message, const QList<Action> &actions, Level level = Level::Error);
    void dismiss();
    [[nodiscard]] QString message() const;
    [[nodiscard]] QList<Action> actions() const { return m_actions; }
    [[nodiscard]] QPushButton *button(Action action) const;

Q_SIGNALS:
    void actionTriggered(ip::ErrorBanner::Action action);
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString actionText(Action action) const;
    void updateIcon();
    [[nodiscard]] QColor accentColor() const;

    Level m_level = Level::Error;
    QList<Action> m_actions;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    QList<QPushButton *> m_buttonWidgets;
    QToolButton *m_close;
};

} // namespace ip

Q_DECLARE_METATYPE(ip::ErrorBanner::Action)
