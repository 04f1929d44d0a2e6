#pragma once

#include "providers/JsonMode.h"

#include <QString>
#include <QUrl>

namespace ip {

// Which structured-output mode works for an endpoint + model, learned from 400s ("this model does
// not support response format json_schema") and kept for the process lifetime, shared by every
// provider instance. Main-thread use; guarded anyway.
class JsonModeMemory
{
public:
    // JsonMode::None when nothing is known.
    [[nodiscard]] static JsonMode get(const QUrl &endpoint, const QString &model);
    static void set(const QUrl &endpoint, const QString &model, JsonMode mode);
    static void clear(); // tests
};

} // namespace ip
