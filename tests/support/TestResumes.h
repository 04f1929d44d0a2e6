#pragma once

// Fixture resumes (tests/data/resumes, copied from ../shared/data/resumes), the skill lists the
// tests script their providers with, and the setup every test of the window shares.

#include "CoreInit.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>
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

// Nine skills of a systems programmer, for the tests of the window.
inline QStringList nineDesktopSkills()
{
    return { QStringLiteral("C++"),    QStringLiteral("Qt"),         QStringLiteral("CMake"),
             QStringLiteral("Go"),     QStringLiteral("PostgreSQL"), QStringLiteral("Kubernetes"),
             QStringLiteral("Docker"), QStringLiteral("Linux"),      QStringLiteral("Git") };
}

// Core types registered; settings, data and cache folders in QStandardPaths' test locations under
// the test's own application name, so tests never touch the user's files or each other's.
inline void isolateTestApp(const QString &testName)
{
    registerCoreTypes();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("interview-prep-tests"));
    QCoreApplication::setApplicationName(testName);
}

} // namespace ip::test
