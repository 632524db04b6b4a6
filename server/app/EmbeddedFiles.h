#pragma once

#include <string_view>

// Data files compiled into the binary by EmbedFiles.cmake (see server/CMakeLists.txt).
namespace ebm::embedded
{

std::string_view file__0001_initial();
std::string_view file__0002_inventory();
std::string_view file__0003_plan_changes();
std::string_view file__0004_payments();
std::string_view file_plans();
std::string_view file_layout();

} // namespace ebm::embedded
