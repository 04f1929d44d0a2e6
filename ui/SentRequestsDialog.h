#pragma once

#include "privacy/SentLog.h"

#include <QDialog>
#include <QList>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace ip {

// One request as it is (or was) sent: a line saying where it goes and what was kept back, and its
// exact text, read-only, with the placeholders that stand for personal data highlighted.
class SentRequestView : public QWidget
{
    Q_OBJECT
public:
    explicit SentRequestView(QWidget *parent = nullptr);
    void setRequest(const SentRequest &request);
    [[nodiscard]] QString text() const;

private:
    QLabel *m_header;
    QPlainTextEdit *m_text;
};

// "What will be sent": before the first request of a run to a provider (Settings ▸ Privacy). Send
// (accept) lets it and the run's later requests to that provider go; Cancel Run (reject) stops the run.
class SendPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SendPreviewDialog(const SentRequest &request, QWidget *parent = nullptr);
    [[nodiscard]] QString provider() const { return m_provider; }

private:
    QString m_provider;
};

// Run ▸ What Was Sent: every request of the run, in order, as the providers received it; grows while
// the run goes on.
class SentLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SentLogDialog(QWidget *parent = nullptr);
    void setLog(const QList<SentRequest> &log);
    void append(const SentRequest &request);
    [[nodiscard]] int count() const;

private:
    void showRequest(int row);
    QList<SentRequest> m_log;
    QLabel *m_summary;
    QListWidget *m_list;
    SentRequestView *m_view;
};

} // namespace ip
