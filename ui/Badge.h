#pragma once

#include <QLabel>

namespace ip {

// A small rounded label ("grounded", "general knowledge") drawn from palette roles, so it reads
// well in light and dark themes.
class Badge : public QLabel
{
    Q_OBJECT
public:
    enum class Tone { Accent, Neutral, Warning };
    explicit Badge(QWidget *parent = nullptr);

    void setTone(Tone tone);
    [[nodiscard]] Tone tone() const { return m_tone; }
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Tone m_tone = Tone::Neutral;
};

} // namespace ip
