#pragma once

// Fixture resumes (tests/data/resumes, copied from ../shared/data/resumes) and the skill lists the
// tests script their providers with.

#include <QFileInfo>
#include <QString>
#include <QStringList>

namespace ip::test {

// A text resume every test can read (rendercv's classic theme).
inline QString classicResumePath()
{
    return QFileInfo(QStringLiteral(IP_TEST_DATA_DIR "/resumes/rendercv_classic.pdf")).absoluteFilePath();
}

inline QStringList threeSkills()
{
    return { QStringLiteral("C++"), QStringLiteral("Qt"), QStringLiteral("CMake") };
}

// The nine skills the fake-server tests have skill extraction answer (as ip-fake-llm-server does).
inline QStringList nineSkills()
{
    return { QStringLiteral("Python"),     QStringLiteral("PostgreSQL"), QStringLiteral("Docker"),
             QStringLiteral("Kubernetes"), QStringLiteral("React"),      QStringLiteral("TypeScript"),
             QStringLiteral("AWS"),        QStringLiteral("Redis"),      QStringLiteral("GraphQL") };
}

} // namespace ip::test
