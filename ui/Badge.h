#pragma once

#include <QLabel>

namespace ip {

// A small rounded label ("grounded", "general knowledge") drawn from palette roles, so it reads
// well in light and dark themes. Optionally a level before the text: `levels` small dots, the first
// `level` of them filled (a question's difficulty).
class Badge : public QLabel
{
    Q_OBJECT
public:
    enum class Tone { Accent, Neutral, Warning };
    explicit Badge(QWidget *parent = nullptr);

    void setTone(Tone tone);
    [[nodiscard]] Tone tone() const { return m_tone; }
    // Dots before the text (on the reading direction's leading side); levels 0 = none.
    void setLevel(int level, int levels);
    [[nodiscard]] int level() const { return m_level; }
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    [[nodiscard]] int dotsWidth() const;

    Tone m_tone = Tone::Neutral;
    int m_level = 0;
    int m_levels = 0;
};

} // namespace ip
