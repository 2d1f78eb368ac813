// The resources live in the object library qt_add_resources() attaches to this target; this file only gives the
// static library a translation unit of its own.
namespace scim {
int resourcesLinked()
{
    return 1;
}
} // namespace scim
