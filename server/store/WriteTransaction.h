#pragma once

#include <Poco/Data/Session.h>

namespace ebm::store
{

// A write transaction taken with BEGIN IMMEDIATE (the write lock up front, so two writers never
// deadlock on upgrade); rolled back unless commit() is reached.
class WriteTransaction final
{
public:
    explicit WriteTransaction(Poco::Data::Session& session);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    void commit();

private:
    Poco::Data::Session& m_session;
    bool m_open = true;
};

} // namespace ebm::store
