#pragma once

#include <QDialog>
#include <QPlainTextEdit>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace ip {

class ResumeLoader;
struct ResumeError;
struct ResumeText;

// The text area of the job dialog: a file dropped (or pasted as a file) on it is read as the job
// description instead of inserting its address.
class JobTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit JobTextEdit(QWidget *parent = nullptr);

Q_SIGNALS:
    void fileDropped(const QString &path);

protected:
    [[nodiscard]] bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

// "Target a Job…": paste a job description, or read it from a .txt/.md file (directly) or a .pdf
// (with ResumeLoader, off the GUI thread). Shows the character count; refuses an empty text and
// keeps at most kMaxChars characters. Open it with open() (no nested event loop) and read text()
// once it is accepted.
class JobDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxChars = 20'000;
    // A .txt/.md job description larger than this is refused before it is read.
    static constexpr qint64 kMaxFileBytes = 2LL * 1024 * 1024;

    explicit JobDialog(QWidget *parent = nullptr);
    ~JobDialog() override;

    void setText(const QString &text);
    // The text as accepted (trimmed).
    [[nodiscard]] QString text() const;
    // Reads a job description file into the text area (a PDF: in the background, see isLoading()).
    void loadFile(const QString &path);
    [[nodiscard]] bool isLoading() const;
    // What the dialog says under the text (an error, the cap, a file being read), or empty.
    [[nodiscard]] QString message() const;

    void accept() override;

Q_SIGNALS:
    // A file was read into the text area, or could not be (message() says why).
    void fileLoaded(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseFile();
    void onTextChanged();
    void updateCount();
    void showMessage(const QString &text, bool error);
    void setFileText(const QString &text, const QString &fileName, bool truncated);
    void onPdfLoaded(const ResumeText &resume);
    void onPdfFailed(const ResumeError &error);
    void setLoading(bool loading);

    JobTextEdit *m_text;
    QLabel *m_intro;
    QLabel *m_count;
    QLabel *m_message;
    QPushButton *m_openFile;
    QPushButton *m_clear;
    QDialogButtonBox *m_buttons;
    ResumeLoader *m_loader;
    QString m_loadingName; // the PDF being read
    bool m_messageIsError = false;
    bool m_capping = false;
};

} // namespace ip
