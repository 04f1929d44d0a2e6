// ui/audio (issue 17): WAV files, recording an answer from a WAV file through the microphone's path, and the
// text-to-speech seam. Offline, no audio device needed.

#include "AudioRecorder.h"
#include "PcmConverter.h"
#include "Speaker.h"
#include "WavFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <numbers>

using namespace ip;

namespace {

void putSample(QByteArray &out, double v, int bits)
{
    const double c = std::clamp(v, -1.0, 1.0);
    char b[4];
    switch (bits) {
    case 8: out.append(char(static_cast<unsigned char>(std::lround(c * 127.0) + 128))); return;
    case 16:
        qToLittleEndian(static_cast<qint16>(std::lround(c * 32767.0)), b);
        out.append(b, 2);
        return;
    case 24:
        qToLittleEndian(static_cast<qint32>(std::lround(c * 8388607.0)), b);
        out.append(b, 3);
        return;
    default:
        qToLittleEndian(static_cast<qint32>(std::lround(c * 2147483647.0)), b);
        out.append(b, 4);
        return;
    }
}

// A WAV of `toneMs` of a 440 Hz tone (amplitude 0.8) then `silenceMs` of silence, any PCM format.
QByteArray toneWav(int rate, int channels, int bits, int toneMs, int silenceMs)
{
    QByteArray pcm;
    const qint64 toneFrames = qint64(rate) * toneMs / 1000;
    const qint64 frames = toneFrames + qint64(rate) * silenceMs / 1000;
    for (qint64 f = 0; f < frames; ++f) {
        const double v = f < toneFrames ? 0.8 * std::sin(2 * std::numbers::pi * 440.0 * double(f) / rate) : 0.0;
        for (int c = 0; c < channels; ++c)
            putSample(pcm, v, bits);
    }
    QByteArray wav = wavFromPcm16(QByteArray(), rate, channels); // a 16-bit header, patched below
    const int blockAlign = channels * bits / 8;
    qToLittleEndian<quint32>(quint32(rate * blockAlign), wav.data() + 28);
    qToLittleEndian<quint16>(quint16(blockAlign), wav.data() + 32);
    qToLittleEndian<quint16>(quint16(bits), wav.data() + 34);
    qToLittleEndian<quint32>(quint32(pcm.size()), wav.data() + 40);
    qToLittleEndian<quint32>(quint32(36 + pcm.size()), wav.data() + 4);
    return wav + pcm;
}

qint16 sampleAt(const QByteArray &pcm16, qsizetype i)
{
    return qFromLittleEndian<qint16>(pcm16.constData() + 2 * i);
}

} // namespace

class TestAudio : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- WavFile ---

    void wavRoundTrip()
    {
        QByteArray pcm;
        for (int i = 0; i < 1000; ++i)
            putSample(pcm, std::sin(i / 10.0) * 0.5, 16);
        const QByteArray wav = wavFromPcm16(pcm, 22050, 2);
        QCOMPARE(wav.size(), 44 + pcm.size());
        const auto info = readWavInfo(wav);
        QVERIFY2(info.isOk(), qPrintable(info.isOk() ? QString() : info.error()));
        QCOMPARE(info.value().sampleRate, 22050);
        QCOMPARE(info.value().channels, 2);
        QCOMPARE(info.value().bitsPerSample, 16);
        QCOMPARE(info.value().dataOffset, 44);
        QCOMPARE(info.value().dataBytes, pcm.size());
        QCOMPARE(wav.mid(info.value().dataOffset, info.value().dataBytes), pcm);
    }

    void wavSkipsOtherChunksAndCutsAShortDataChunk()
    {
        QByteArray wav = wavFromPcm16(QByteArray(8, '\1'), 16000, 1);
        // A LIST chunk (odd size, padded) between fmt and data.
        QByteArray list("LIST\x03\x00\x00\x00"
                        "abc\x00",
                        12);
        wav.insert(36, list);
        // The data chunk claims more than the file holds (a recorder that was killed): cut to whole frames.
        qToLittleEndian<quint32>(1000, wav.data() + 36 + 12 + 4);
        wav.chop(1);
        const auto info = readWavInfo(wav);
        QVERIFY2(info.isOk(), qPrintable(info.isOk() ? QString() : info.error()));
        QCOMPARE(info.value().dataOffset, 44 + 12);
        QCOMPARE(info.value().dataBytes, 6);
    }

    void wavRefusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fragment");
        const QByteArray good = wavFromPcm16(QByteArray(64, '\0'), 16000, 1);
        QByteArray floatWav = good;
        qToLittleEndian<quint16>(3, floatWav.data() + 20);
        QByteArray mp3Wav = good;
        qToLittleEndian<quint16>(0x55, mp3Wav.data() + 20);
        QByteArray bits12 = good;
        qToLittleEndian<quint16>(12, bits12.data() + 34);
        QByteArray noChannels = good;
        qToLittleEndian<quint16>(0, noChannels.data() + 22);
        QByteArray fmtTooLong = good.left(36);
        qToLittleEndian<quint32>(400, fmtTooLong.data() + 16);

        QTest::newRow("empty") << QByteArray() << "not a WAV";
        QTest::newRow("text") << QByteArray("Hello, this is not audio at all.") << "not a WAV";
        QTest::newRow("RIFF but not WAVE") << QByteArray("RIFF\x10\x00\x00\x00"
                                                         "AVI LIST",
                                                         16)
                                           << "not a WAV";
        QTest::newRow("IEEE float") << floatWav << "PCM";
        QTest::newRow("MP3 in WAV") << mp3Wav << "PCM";
        QTest::newRow("12-bit") << bits12 << "not supported";
        QTest::newRow("no channels") << noChannels << "not supported";
        QTest::newRow("cut in the RIFF header") << good.left(10) << "not a WAV";
        QTest::newRow("cut in the fmt chunk") << good.left(30) << "cut short";
        QTest::newRow("fmt longer than the file") << fmtTooLong << "cut short";
        QTest::newRow("no data chunk") << good.left(36) << "no samples";
        QTest::newRow("cut in the data chunk's header") << good.left(40) << "no samples";
    }

    void wavRefusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fragment);
        const auto info = readWavInfo(bytes);
        QVERIFY(info.isError());
        QVERIFY2(info.error().contains(fragment), qPrintable(info.error()));
    }

    void wavExtensiblePcmIsAccepted()
    {
        // WAVE_FORMAT_EXTENSIBLE (40-byte fmt) with the PCM sub-format, as some recorders write 24-bit files.
        QByteArray wav("RIFF\0\0\0\0WAVEfmt \x28\0\0\0", 20);
        QByteArray fmt(40, '\0');
        qToLittleEndian<quint16>(0xFFFE, fmt.data());
        qToLittleEndian<quint16>(1, fmt.data() + 2);
        qToLittleEndian<quint32>(48000, fmt.data() + 4);
        qToLittleEndian<quint16>(24, fmt.data() + 14);
        qToLittleEndian<quint16>(1, fmt.data() + 24);
        wav += fmt + QByteArray("data\x06\0\0\0", 8) + QByteArray(6, '\0');
        auto info = readWavInfo(wav);
        QVERIFY2(info.isOk(), qPrintable(info.isOk() ? QString() : info.error()));
        QCOMPARE(info.value().bitsPerSample, 24);
        QCOMPARE(info.value().dataBytes, 6);
        qToLittleEndian<quint16>(3, wav.data() + 20 + 24); // extensible IEEE float
        info = readWavInfo(wav);
        QVERIFY(info.isError());
    }

    void peakLevels()
    {
        QByteArray pcm;
        QCOMPARE(peakLevel(pcm), 0.0);
        for (int i = 0; i < 100; ++i)
            putSample(pcm, 0, 16);
        QCOMPARE(peakLevel(pcm), 0.0);
        putSample(pcm, -0.5, 16);
        QVERIFY(std::abs(peakLevel(pcm) - 0.5) < 0.001);
        char b[2];
        qToLittleEndian<qint16>(-32768, b);
        pcm.append(b, 2);
        QCOMPARE(peakLevel(pcm), 1.0);
    }

    void converterStreamsExactly()
    {
        // Pushed in odd-sized pieces (partial frames), 44.1 kHz stereo 16-bit → 16 kHz mono: exactly 1.5 s out.
        const QByteArray wav = toneWav(44100, 2, 16, 1000, 500);
        const QByteArray pcm = wav.mid(44);
        PcmConverter converter(44100, 2, PcmConverter::SampleType::Int16);
        QByteArray out;
        for (qsizetype pos = 0; pos < pcm.size(); pos += 777)
            out += converter.push(pcm.mid(pos, 777));
        out += converter.flush();
        QCOMPARE(out.size(), 24000 * 2);
    }

    // --- AudioRecorder from a WAV file ---

    void recordsAWavFile_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("bits");
        QTest::newRow("44.1 kHz stereo 16-bit") << 44100 << 2 << 16;
        QTest::newRow("48 kHz mono 24-bit") << 48000 << 1 << 24;
        QTest::newRow("8 kHz mono 8-bit") << 8000 << 1 << 8;
        QTest::newRow("16 kHz mono 16-bit") << 16000 << 1 << 16;
        QTest::newRow("22.05 kHz stereo 32-bit") << 22050 << 2 << 32;
    }

    void recordsAWavFile()
    {
        QFETCH(int, rate);
        QFETCH(int, channels);
        QFETCH(int, bits);
        const QString path = writeFile(QStringLiteral("tone-%1-%2-%3.wav").arg(rate).arg(channels).arg(bits),
                                       toneWav(rate, channels, bits, 1000, 500));
        QVERIFY(!path.isEmpty());

        AudioRecorder recorder;
        recorder.useWavFile(path);
        QSignalSpy levels(&recorder, &AudioRecorder::levelChanged);
        QSignalSpy elapsed(&recorder, &AudioRecorder::elapsedChanged);
        QSignalSpy finished(&recorder, &AudioRecorder::finished);
        QSignalSpy failed(&recorder, &AudioRecorder::failed);
        QVERIFY(recorder.start());
        QVERIFY(recorder.isRecording());
        QVERIFY(levels.isEmpty()); // nothing inside start()
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!recorder.isRecording());
        QVERIFY(failed.isEmpty());

        const auto wav = finished.at(0).at(0).toByteArray();
        const auto durationMs = finished.at(0).at(1).toLongLong();
        const auto info = readWavInfo(wav);
        QVERIFY2(info.isOk(), qPrintable(info.isOk() ? QString() : info.error()));
        QCOMPARE(info.value().sampleRate, 16000);
        QCOMPARE(info.value().channels, 1);
        QCOMPARE(info.value().bitsPerSample, 16);
        const qint64 frames = info.value().dataBytes / 2;
        QVERIFY2(std::abs(frames - 24000) <= 1, qPrintable(QString::number(frames)));
        QVERIFY(std::abs(durationMs - 1500) <= 1);

        // The tone is still 440 Hz: 880 zero crossings in its second.
        const QByteArray pcm = wav.mid(info.value().dataOffset, info.value().dataBytes);
        int crossings = 0;
        for (qsizetype i = 1; i < 16000; ++i)
            crossings += (sampleAt(pcm, i - 1) < 0) != (sampleAt(pcm, i) < 0) ? 1 : 0;
        QVERIFY2(std::abs(crossings - 880) <= 4, qPrintable(QString::number(crossings)));
        QVERIFY(peakLevel(pcm.left(32000)) > 0.75);
        QCOMPARE(peakLevel(pcm.mid(32000)), 0.0);

        // One level and one elapsed time per 100 ms: high in the tone, ~0 in the silence.
        QCOMPARE(levels.size(), 15);
        for (int i = 0; i < 10; ++i)
            QVERIFY2(levels.at(i).at(0).toDouble() > 0.7, qPrintable(QString::number(i)));
        for (int i = 10; i < 15; ++i)
            QVERIFY2(levels.at(i).at(0).toDouble() < 0.01, qPrintable(QString::number(i)));
        QCOMPARE(elapsed.size(), 15);
        for (int i = 0; i < elapsed.size(); ++i)
            QCOMPARE(elapsed.at(i).at(0).toLongLong(), 100 * (i + 1));
        QCOMPARE(recorder.elapsedMs(), 1500);
    }

    void realTimePaceTakesTheFilesDuration()
    {
        const QString path = writeFile(QStringLiteral("short.wav"), toneWav(44100, 1, 16, 300, 0));
        AudioRecorder recorder;
        recorder.useWavFile(path, AudioRecorder::Pace::RealTime);
        QSignalSpy finished(&recorder, &AudioRecorder::finished);
        QSignalSpy elapsed(&recorder, &AudioRecorder::elapsedChanged);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(recorder.start());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY2(clock.elapsed() >= 280, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(finished.at(0).at(1).toLongLong(), 300);
        QCOMPARE(elapsed.size(), 3);
    }

    void maxSecondsStopsTheRecording()
    {
        const QString path = writeFile(QStringLiteral("long.wav"), toneWav(44100, 2, 16, 1000, 1500));
        AudioRecorder recorder;
        recorder.useWavFile(path);
        QSignalSpy finished(&recorder, &AudioRecorder::finished);
        QSignalSpy levels(&recorder, &AudioRecorder::levelChanged);
        QVERIFY(recorder.start(1));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(1).toLongLong(), 1000);
        const auto info = readWavInfo(finished.at(0).at(0).toByteArray());
        QVERIFY(info.isOk());
        QCOMPARE(info.value().dataBytes, 32000);
        QCOMPARE(levels.size(), 10);
        QVERIFY(!recorder.isRecording());
    }

    void stopKeepsWhatWasRecorded()
    {
        const QString path = writeFile(QStringLiteral("stop.wav"), toneWav(44100, 2, 16, 1000, 500));
        AudioRecorder recorder;
        recorder.useWavFile(path);
        QSignalSpy finished(&recorder, &AudioRecorder::finished);
        QSignalSpy levels(&recorder, &AudioRecorder::levelChanged);
        connect(&recorder, &AudioRecorder::levelChanged, &recorder, [&recorder, &levels] {
            if (levels.size() == 5)
                recorder.stop();
        });
        QVERIFY(recorder.start());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(levels.size(), 5);
        const qint64 durationMs = finished.at(0).at(1).toLongLong();
        QVERIFY2(durationMs >= 500 && durationMs < 600, qPrintable(QString::number(durationMs)));
    }

    void cancelEmitsNothing()
    {
        const QString path = writeFile(QStringLiteral("cancel.wav"), toneWav(44100, 2, 16, 1000, 500));

        // Cancelled right after start, from inside a level report, and after stop() (finished() still queued).
        AudioRecorder atOnce;
        AudioRecorder midway;
        AudioRecorder afterStop;
        QList<QSignalSpy *> spies;
        for (AudioRecorder *r : { &atOnce, &midway, &afterStop }) {
            r->useWavFile(path);
            spies << new QSignalSpy(r, &AudioRecorder::finished) << new QSignalSpy(r, &AudioRecorder::failed);
        }
        QSignalSpy midwayLevels(&midway, &AudioRecorder::levelChanged);
        connect(&midway, &AudioRecorder::levelChanged, &midway, [&midway, &midwayLevels] {
            if (midwayLevels.size() == 3)
                midway.cancel();
        });
        QVERIFY(atOnce.start());
        atOnce.cancel();
        QVERIFY(!atOnce.isRecording());
        QCOMPARE(atOnce.elapsedMs(), 0);
        QVERIFY(midway.start());
        QVERIFY(afterStop.start());
        afterStop.stop();
        afterStop.cancel();

        // A fourth recording of the same file finishing means the others' queued work has run.
        AudioRecorder barrier;
        barrier.useWavFile(path);
        QSignalSpy barrierDone(&barrier, &AudioRecorder::finished);
        QVERIFY(barrier.start());
        QTRY_COMPARE(barrierDone.size(), 1);
        QTRY_VERIFY(!midway.isRecording());
        for (QSignalSpy *spy : std::as_const(spies))
            QCOMPARE(spy->size(), 0);
        QCOMPARE(midwayLevels.size(), 3);
        qDeleteAll(spies);
    }

    void unreadableFileFails_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("missing") << QStringLiteral("missing.wav") << QByteArray() << QStringLiteral("cannot be read");
        QTest::newRow("not a WAV") << QStringLiteral("notes.wav") << QByteArray("just some text")
                                   << QStringLiteral("not a WAV");
    }

    void unreadableFileFails()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fragment);
        const QString path = bytes.isEmpty() ? m_dir.filePath(name) : writeFile(name, bytes);
        AudioRecorder recorder;
        recorder.useWavFile(path);
        QSignalSpy failed(&recorder, &AudioRecorder::failed);
        QSignalSpy finished(&recorder, &AudioRecorder::finished);
        QVERIFY(!recorder.start());
        QVERIFY(!recorder.isRecording());
        QTRY_COMPARE(failed.size(), 1);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(path) && message.contains(fragment), qPrintable(message));
        QCOMPARE(finished.size(), 0);
    }

    void startWhileRecordingIsRefused()
    {
        const QString path = writeFile(QStringLiteral("twice.wav"), toneWav(16000, 1, 16, 300, 0));
        AudioRecorder recorder;
        recorder.useWavFile(path);
        QSignalSpy failed(&recorder, &AudioRecorder::failed);
        QSignalSpy finished(&recorder, &AudioRecorder::finished);
        QVERIFY(recorder.start());
        QVERIFY(!recorder.start());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(finished.at(0).at(1).toLongLong(), 300); // the running recording went on
    }

    void noMicrophoneFails()
    {
        if (AudioRecorder::hasMicrophone())
            QSKIP("This machine has a microphone; the no-microphone path cannot be checked here.");
        AudioRecorder recorder;
        QSignalSpy failed(&recorder, &AudioRecorder::failed);
        QVERIFY(!recorder.start());
        QVERIFY(!recorder.isRecording());
        QTRY_COMPARE(failed.size(), 1);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("No microphone")), qPrintable(message));
    }

    // --- Speaker ---

    void defaultSpeakerIsConsistent()
    {
        QElapsedTimer clock;
        clock.start();
        Speaker speaker;
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(speaker.problem().isEmpty(), speaker.isAvailable());
        QVERIFY(!speaker.isSpeaking());
        qInfo("default engine: \"%s\", available: %d, problem: %s", qPrintable(speaker.engine()),
              int(speaker.isAvailable()), qPrintable(speaker.problem()));
    }

    void defaultSpeakerSpeaksOrSaysWhy()
    {
        // Whatever this machine has (an engine and a sound device, or not): say() never blocks or crashes, and
        // either speech starts or failed() says why.
        Speaker speaker;
        QSignalSpy failed(&speaker, &Speaker::failed);
        QSignalSpy speaking(&speaker, &Speaker::speakingChanged);
        QElapsedTimer clock;
        clock.start();
        speaker.say(QStringLiteral("Hello."), QLocale(QLocale::English));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !speaking.isEmpty(), 10000);
        qInfo("engine \"%s\": %s", qPrintable(speaker.engine()),
              failed.isEmpty() ? "speaking" : qPrintable(failed.at(0).at(0).toString()));
        if (!failed.isEmpty())
            QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        speaker.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!speaker.isSpeaking(), 10000);
    }

    void unavailableSpeakerSaysWhyAndFailsLater()
    {
        Speaker speaker(QStringLiteral("no-such-engine"));
        QVERIFY(!speaker.isAvailable());
        QVERIFY(speaker.engine().isEmpty());
        QVERIFY2(speaker.problem().contains(QStringLiteral("not installed")), qPrintable(speaker.problem()));
        QVERIFY(speaker.voices(QLocale(QLocale::English)).isEmpty());
        speaker.setVoice(QStringLiteral("anyone"));
        speaker.setRate(0.5);

        QSignalSpy failed(&speaker, &Speaker::failed);
        QSignalSpy speaking(&speaker, &Speaker::speakingChanged);
        speaker.say(QStringLiteral("Tell me about a time you disagreed with a design."), QLocale(QLocale::English));
        QCOMPARE(failed.size(), 0); // queued, not inside say()
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), speaker.problem());
        speaker.stop();
        QVERIFY(!speaker.isSpeaking());
        QCOMPARE(speaking.size(), 0);
    }

    void destroyedWithQueuedFailureIsQuiet()
    {
        // The queued failed() of a speaker or recorder deleted before the event loop runs is never delivered.
        auto *speaker = new Speaker(QStringLiteral("no-such-engine"));
        speaker->say(QStringLiteral("x"), QLocale::c());
        delete speaker;
        auto *recorder = new AudioRecorder;
        recorder->useWavFile(m_dir.filePath(QStringLiteral("nothing-here.wav")));
        QVERIFY(!recorder->start());
        delete recorder;
        QCoreApplication::processEvents();
    }
};

QTEST_GUILESS_MAIN(TestAudio)
#include "tst_audio.moc"
