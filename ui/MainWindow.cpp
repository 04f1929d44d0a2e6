#include "MainWindow.h"

#include <QLabel>

namespace ip {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Interview Prep"));
    auto *label = new QLabel(tr("Drop a resume (PDF) here"), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(1000, 700);
}

MainWindow::~MainWindow() = default;

} // namespace ip
