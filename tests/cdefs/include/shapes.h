/* Declarations two blocks share (tests/include.rs): the `shapes` block binds them, the
 * `render` block uses their types through `include`. */
typedef double coord_t;
struct point { coord_t x, y; };
typedef struct { struct point min, max; } box_t;
enum shape_kind { SHAPE_POINT, SHAPE_BOX = 5 };
#define SHAPES_MAX 16
int shapes_count(void);
