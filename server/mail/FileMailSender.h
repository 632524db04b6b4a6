#pragma once

#include "mail/MailSender.h"
#include "mail/MimeMessage.h"

#include <string>

namespace ebm::mail
{

// The development sender: each email becomes `<directory>/<outbox id>-<template>.eml`, written
// to a temporary file then renamed, so a reader never sees half a message and sending the same
// row again replaces the file instead of adding a second one.
class FileMailSender final : public MailSender
{
public:
    FileMailSender(std::string directory, std::string from);

    void send(const store::QueuedEmail& email) override;

    std::string pathFor(const store::QueuedEmail& email) const;

private:
    std::string m_directory;
    MimeMessage m_message;
};

} // namespace ebm::mail
