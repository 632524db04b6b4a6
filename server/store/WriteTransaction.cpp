#include "store/WriteTransaction.h"

#include "store/StoreError.h"

#include <Poco/Data/DataException.h>
#include <Poco/Logger.h>

namespace ebm::store
{

using Poco::Data::Keywords::now;

WriteTransaction::WriteTransaction(Poco::Data::Session& session)
    : m_session(session)
{
    try {
        m_session << "BEGIN IMMEDIATE", now;
    } catch (const Poco::Data::DataException& error) {
        throw StoreError(StoreError::Kind::Unavailable,
                         "cannot start a write transaction: " + error.displayText());
    }
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    try {
        m_session << "ROLLBACK", now;
    } catch (const Poco::Exception& error) {
        Poco::Logger::get("ebm.store").error("rollback failed: %s", error.displayText());
    }
}

void WriteTransaction::commit()
{
    m_session << "COMMIT", now;
    m_open = false;
}

} // namespace ebm::store
