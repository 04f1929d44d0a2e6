#pragma once

#include "settings/Settings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;

namespace ip {

class Speaker;

// Settings ▸ Voice (issue 17): where spoken answers are transcribed (an OpenAI-compatible
// /audio/transcriptions endpoint: Groq's by default with the Groq key, or a server on this computer) and
// with which model, whether recordings are kept, and how questions are read aloud (whether each practice
// question is, the voice and the rate, with a Test Voice button). Says when there is no microphone or no
// speech engine: typing still works.
class VoicePage : public QWidget
{
    Q_OBJECT
public:
    explicit VoicePage(QWidget *parent = nullptr);
    ~VoicePage() override;

    void load(const Settings &settings);
    void apply(Settings &settings) const;
    [[nodiscard]] bool isValid() const;

Q_SIGNALS:
    void validityChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillVoices(const QString &current);
    void updateWarnings();
    [[nodiscard]] Speaker *speaker();

    QLineEdit *m_url;
    QComboBox *m_model;
    QCheckBox *m_keep;
    QLabel *m_urlWarning;
    QLabel *m_microphone;
    QCheckBox *m_readAloud;
    QComboBox *m_voice;
    QSlider *m_rate;
    QPushButton *m_test;
    QLabel *m_speechProblem;
    Speaker *m_speaker = nullptr;
    QString m_language; // the questions' language, for the voices offered and the test
    QString m_pendingVoice;
    bool m_voicesFilled = false;
};

} // namespace ip
