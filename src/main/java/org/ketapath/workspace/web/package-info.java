@NullMarked
package org.ketapath.workspace.web;

import org.jspecify.annotations.NullMarked;
