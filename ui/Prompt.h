#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace ip {

// Asks the user a question without a nested event loop: a window-modal message box whose
// answer arrives in a callback. Tests set the next answer, and the box is then never shown
// (cf. KeePassXC's MessageBox::setNextAnswer).
class Prompt
{
public:
    using Callback = std::function<void(QMessageBox::StandardButton)>;

    static void question(QWidget *parent, const QString &title, const QString &text,
                         QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                         Callback callback);

    // Tests: the next question() is answered with `answer` (once), synchronously.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests: how many questions were asked so far (answered automatically or not).
    static int askedCount();
    static QString lastText();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static int s_asked;
    static QString s_lastText;
};

} // namespace ip
