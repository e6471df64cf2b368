// vnplan_help_pages DIR: writes the generated help pages (function_help.hpp) under DIR, one
// folder per language, as the .oxt's help/ folder holds them.
#include "addin/function_help.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: vnplan_help_pages DIR\n";
        return 2;
    }
    try {
        const std::filesystem::path root(argv[1]);
        for (const vnplan::addin::HelpFile& file : vnplan::addin::generated_help_files()) {
            const std::filesystem::path path = root / file.path;
            std::filesystem::create_directories(path.parent_path());
            std::ofstream out(path, std::ios::binary);
            out << file.text;
            if (!out.flush()) {
                std::cerr << "vnplan_help_pages: cannot write " << path << "\n";
                return 1;
            }
        }
    } catch (const std::exception& e) {
        std::cerr << "vnplan_help_pages: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
