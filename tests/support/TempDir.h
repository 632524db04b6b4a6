#pragma once

#include <string>

namespace ebm::test
{

// A fresh directory under the system temp dir, removed with everything in it on destruction.
class TempDir final
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::string& path() const
    {
        return m_path;
    }
    std::string file(const std::string& name) const
    {
        return m_path + "/" + name;
    }

private:
    std::string m_path;
};

} // namespace ebm::test
