#include "OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("OutputFile", text);
}

constexpr const char* DatabaseCompanions[] = { "", "-wal", "-shm", "-journal" };

// The canonical name of `path` whether or not it exists yet: its folder resolved, its own name as given.
QString canonicalTarget(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (folder.isEmpty())
        return QDir::cleanPath(info.absoluteFilePath());
    return QDir(folder).filePath(info.fileName());
}

bool sameInode(const QString& a, const QString& b)
{
    struct stat sa;
    struct stat sb;
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0 || ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

} // namespace

OutputFile::OutputFile(const QString& path)
    : m_path(path)
{ }

OutputFile::~OutputFile()
{
    cancel();
    cancelStaged();
}

void OutputFile::protectDatabase(const QString& databasePath)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:"))
        return;
    for (const char* suffix : DatabaseCompanions)
        m_protected << databasePath + QLatin1String(suffix);
}

bool OutputFile::check()
{
    m_error.clear();
    m_problem = NotWritable;
    if (m_path.isEmpty()) {
        m_error = tr("No output file was given");
        return false;
    }
    const QFileInfo info(m_path);
    const QString target = canonicalTarget(m_path);
    for (const QString& guarded : std::as_const(m_protected)) {
        if (canonicalTarget(guarded) == target || sameInode(guarded, m_path)) {
            m_error = tr("%1 is the open database (or one of its files); an output never replaces it").arg(m_path);
            m_problem = IsDatabase;
            return false;
        }
    }
    if (info.isSymLink()) {
        m_error = tr("%1 is a symbolic link; an output is never written through one").arg(m_path);
        m_problem = IsSymLink;
        return false;
    }
    if (info.exists()) {
        if (!info.isFile()) {
            m_error = tr("%1 exists and is not a regular file").arg(m_path);
            return false;
        }
        if (!m_overwrite) {
            m_error = tr("%1 already exists and was left as it is (--force replaces it)").arg(m_path);
            m_problem = Exists;
            return false;
        }
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        m_error = tr("Cannot write %1: the folder %2 does not exist").arg(m_path, info.absolutePath());
        return false;
    }
    m_problem = NoProblem;
    return true;
}

bool OutputFile::open()
{
    cancel();
    if (!check())
        return false;
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(m_path, m_file->errorString());
        m_file.reset();
        return false;
    }
    // QSaveFile's temporary file takes an existing target's mode; an output is private whatever it replaces.
    if (::fchmod(m_file->handle(), S_IRUSR | S_IWUSR) != 0) {
        m_error = tr("Cannot make %1 private: %2").arg(m_path, QString::fromLocal8Bit(strerror(errno)));
        cancel();
        return false;
    }
    return true;
}

QIODevice* OutputFile::device() const
{
    return m_file.get();
}

bool OutputFile::commit()
{
    if (!m_file) {
        m_error = tr("Cannot write %1: it was not opened").arg(m_path);
        return false;
    }
    // Checked again: the name may have become a symlink or a file while the output was written.
    if (!check()) {
        cancel();
        return false;
    }
    const bool ok = m_file->commit();
    if (!ok)
        m_error = tr("Cannot write %1: %2").arg(m_path, m_file->errorString());
    m_file.reset();
    return ok;
}

void OutputFile::cancel()
{
    if (!m_file)
        return;
    m_file->cancelWriting();
    m_file->commit(); // with writing cancelled: removes the temporary file, leaves the target alone
    m_file.reset();
}

QString OutputFile::stage()
{
    cancelStaged();
    if (!check())
        return QString();
    const QFileInfo info(m_path);
    QByteArray name = QFile::encodeName(QDir(info.absolutePath()).filePath(QLatin1Char('.') + info.fileName()))
        + QByteArrayLiteral(".XXXXXX");
    const int fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0) {
        m_error = tr("Cannot write %1: %2").arg(m_path, QString::fromLocal8Bit(strerror(errno)));
        return QString();
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR); // mkostemp already makes it 0600; said again for the reader
    ::close(fd);
    m_staged = QFile::decodeName(name);
    return m_staged;
}

bool OutputFile::commitStaged()
{
    if (m_staged.isEmpty()) {
        m_error = tr("Cannot write %1: it was not opened").arg(m_path);
        return false;
    }
    if (!check()) {
        cancelStaged();
        return false;
    }
    const QByteArray from = QFile::encodeName(m_staged);
    const QByteArray to = QFile::encodeName(m_path);
    int result;
    if (m_overwrite) {
        result = ::rename(from.constData(), to.constData());
    } else {
        // link() fails when the target appeared meanwhile: never a silent overwrite.
        result = ::link(from.constData(), to.constData());
        if (result == 0)
            ::unlink(from.constData());
    }
    if (result != 0) {
        m_error = tr("Cannot write %1: %2").arg(m_path, QString::fromLocal8Bit(strerror(errno)));
        cancelStaged();
        return false;
    }
    m_staged.clear();
    return true;
}

void OutputFile::cancelStaged()
{
    if (m_staged.isEmpty())
        return;
    QFile::remove(m_staged);
    m_staged.clear();
}
