#pragma once

// Root ignores directory permissions, so a "read-only folder" test would pass for the wrong
// reason. DacOverrideDropped drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from this thread's
// effective set for its lifetime (they stay permitted and are restored). active() is false
// where that is not possible (not Linux, or capget/capset refused).

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace ip::test {

#ifdef Q_OS_LINUX
class DacOverrideDropped
{
public:
    DacOverrideDropped()
    {
        m_header.version = _LINUX_CAPABILITY_VERSION_3;
        m_header.pid = 0;
        if (syscall(SYS_capget, &m_header, m_saved) != 0)
            return;
        __user_cap_data_struct reduced[2] = { m_saved[0], m_saved[1] };
        reduced[0].effective &= ~((1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH));
        m_active = syscall(SYS_capset, &m_header, reduced) == 0;
    }
    ~DacOverrideDropped()
    {
        if (m_active)
            syscall(SYS_capset, &m_header, m_saved);
    }
    DacOverrideDropped(const DacOverrideDropped &) = delete;
    DacOverrideDropped &operator=(const DacOverrideDropped &) = delete;
    [[nodiscard]] bool active() const { return m_active; }

private:
    __user_cap_header_struct m_header {};
    __user_cap_data_struct m_saved[2] {};
    bool m_active = false;
};
#endif

} // namespace ip::test
