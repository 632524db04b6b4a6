#include "PdfText.h"

#include "TempDir.h"

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>
#include <fstream>
#include <stdexcept>
#include <vector>

namespace ebm::test
{

std::string pdfToText(const std::string& pdfBytes, bool layout)
{
    const TempDir dir;
    const std::string path = dir.file("document.pdf");
    std::ofstream(path, std::ios::binary) << pdfBytes;
    const std::vector<std::string> arguments{layout ? "-layout" : "-raw", "-enc", "UTF-8", path,
                                             "-"};
    Poco::Pipe output;
    Poco::ProcessHandle process =
        Poco::Process::launch(EBM_PDFTOTEXT, arguments, nullptr, &output, nullptr);
    Poco::PipeInputStream in(output);
    std::string text;
    Poco::StreamCopier::copyToString(in, text);
    if (process.wait() != 0)
        throw std::runtime_error("pdftotext failed on a " + std::to_string(pdfBytes.size()) +
                                 "-byte document");
    return text;
}

} // namespace ebm::test
