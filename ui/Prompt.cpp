#include "Prompt.h"

#include <QPointer>

namespace ip {

std::optional<QMessageBox::StandardButton> Prompt::s_nextAnswer;
int Prompt::s_asked = 0;
QString Prompt::s_lastText;

void Prompt::question(QWidget *parent, const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                      QMessageBox::StandardButton defaultButton, Callback callback)
{
    ++s_asked;
    s_lastText = text;
    if (s_nextAnswer) {
        const auto answer = *s_nextAnswer;
        s_nextAnswer.reset();
        callback(answer);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, title, text, buttons, parent);
    box->setObjectName(QStringLiteral("promptBox"));
    box->setDefaultButton(defaultButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::finished, box, [box, callback = std::move(callback)](int) {
        QAbstractButton *clicked = box->clickedButton();
        const auto answer = clicked ? box->standardButton(clicked) : QMessageBox::Cancel;
        callback(answer == QMessageBox::NoButton ? QMessageBox::Cancel : answer);
    });
    box->open();
}

void Prompt::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

int Prompt::askedCount()
{
    return s_asked;
}

QString Prompt::lastText()
{
    return s_lastText;
}

} // namespace ip
