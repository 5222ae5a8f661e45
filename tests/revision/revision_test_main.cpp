// The 2025 test revision is added the way a user adds one: through
// NIANBAO_FORMATS_DIR, set before anything loads the format descriptions.
// nianbao-cli processes the tests start inherit it.
#include <QByteArray>
#include <QtGlobal>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    qputenv("NIANBAO_FORMATS_DIR", QByteArrayLiteral(NIANBAO_TEST_DATA_DIR "/formats"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
