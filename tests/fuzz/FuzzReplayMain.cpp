// The main of every fuzz target in a normal build: replays the inputs named on the command line (files, or
// directories of them) through LLVMFuzzerTestOneInput, so that a fixed crash stays fixed (CTest fuzz_<target>).
#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace {

// Dictionaries live beside the inputs (corpus/<target>/<target>.dict); they are not inputs.
bool isInput(const QString &path)
{
    return !path.endsWith(QLatin1String(".dict")) && !path.endsWith(QLatin1String(".md"));
}

QStringList inputsOf(const QString &argument)
{
    if (!QFileInfo(argument).isDir())
        return {argument};
    QStringList files;
    QDirIterator it(argument, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (isInput(path))
            files << path;
    }
    files.sort();
    return files;
}

} // namespace

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    QStringList inputs;
    for (int i = 1; i < argc; ++i)
        inputs << inputsOf(QString::fromLocal8Bit(argv[i]));
    if (inputs.isEmpty()) {
        std::fprintf(stderr, "usage: %s FILE|DIRECTORY...: no inputs found\n", argv[0]);
        return 2;
    }
    for (const QString &path : std::as_const(inputs)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 2;
        }
        const QByteArray data = file.readAll();
        // Named before the run: when an input aborts, the last line says which one.
        std::fprintf(stderr, "replaying %s (%lld bytes)\n", qPrintable(path), static_cast<long long>(data.size()));
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
    }
    std::printf("replayed %lld inputs without a finding\n", static_cast<long long>(inputs.size()));
    return 0;
}
