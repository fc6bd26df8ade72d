# Generated from resources/stalkdesk.qrc by `make ui`; do not edit.
# Resource object code (Python 3)
# Created by: object code
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x01(\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2216\
\x22 height=\x2216\x22 vi\
ewBox=\x220 0 16 16\
\x22>\x0a  <path d=\x22M5\
 7V5a3 3 0 0 1 6\
 0v2\x22 fill=\x22none\
\x22 stroke=\x22#3a4a5\
c\x22 stroke-width=\
\x221.5\x22/>\x0a  <rect \
x=\x223\x22 y=\x227\x22 widt\
h=\x2210\x22 height=\x227\
\x22 rx=\x221.5\x22 fill=\
\x22#3a4a5c\x22/>\x0a  <c\
ircle cx=\x228\x22 cy=\
\x2210.5\x22 r=\x221.2\x22 f\
ill=\x22#ffffff\x22/>\x0a\
</svg>\x0a\
\x00\x00\x01\x16\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2216\
\x22 height=\x2216\x22 vi\
ewBox=\x220 0 16 16\
\x22>\x0a  <path d=\x22M1\
.5 4h5l1.5 1.5h6\
.5v7.5a1 1 0 0 1\
-1 1h-11a1 1 0 0\
 1-1-1z\x22 fill=\x22n\
one\x22 stroke=\x22#3a\
4a5c\x22 stroke-wid\
th=\x221.3\x22/>\x0a  <pa\
th d=\x22M8 7.5v4M6\
 9.5h4\x22 stroke=\x22\
#3a4a5c\x22 stroke-\
width=\x221.3\x22/>\x0a</\
svg>\x0a\
\x00\x00\x01\xe1\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2296\
\x22 height=\x2296\x22 vi\
ewBox=\x220 0 96 96\
\x22>\x0a  <!-- Empty-\
state illustrati\
on: an open, emp\
ty case folder, \
in quiet greys. \
-->\x0a  <path d=\x22M\
14 28h24l6 6h38v\
40a4 4 0 0 1-4 4\
H18a4 4 0 0 1-4-\
4z\x22 fill=\x22#e6ebf\
1\x22 stroke=\x22#9aa8\
b8\x22 stroke-width\
=\x222\x22/>\x0a  <path d\
=\x22M14 42h68\x22 str\
oke=\x22#9aa8b8\x22 st\
roke-width=\x222\x22/>\
\x0a  <rect x=\x2230\x22 \
y=\x2252\x22 width=\x2236\
\x22 height=\x224\x22 rx=\
\x222\x22 fill=\x22#c3ccd\
7\x22/>\x0a  <rect x=\x22\
30\x22 y=\x2261\x22 width\
=\x2224\x22 height=\x224\x22\
 rx=\x222\x22 fill=\x22#c\
3ccd7\x22/>\x0a</svg>\x0a\
\
\x00\x00\x01\xde\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2264\
\x22 height=\x2264\x22 vi\
ewBox=\x220 0 64 64\
\x22>\x0a  <!-- App ic\
on: a case folde\
r held by a shie\
ld-blue tile. Fl\
at, two colours,\
 reads at 16 px.\
 -->\x0a  <rect x=\x22\
2\x22 y=\x222\x22 width=\x22\
60\x22 height=\x2260\x22 \
rx=\x2212\x22 fill=\x22#1\
f3a5f\x22/>\x0a  <path\
 d=\x22M14 22h14l4 \
4h18v22a2 2 0 0 \
1-2 2H16a2 2 0 0\
 1-2-2z\x22 fill=\x22#\
ffffff\x22/>\x0a  <rec\
t x=\x2220\x22 y=\x2233\x22 \
width=\x2224\x22 heigh\
t=\x223\x22 rx=\x221.5\x22 f\
ill=\x22#1f3a5f\x22/>\x0a\
  <rect x=\x2220\x22 y\
=\x2240\x22 width=\x2216\x22\
 height=\x223\x22 rx=\x22\
1.5\x22 fill=\x22#1f3a\
5f\x22/>\x0a</svg>\x0a\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x08\
\x05\x9eT\xa7\
\x00l\
\x00o\x00c\x00k\x00.\x00s\x00v\x00g\
\x00\x0d\
\x0d \xf0G\
\x00d\
\x00e\x00m\x00o\x00_\x00c\x00a\x00s\x00e\x00.\x00s\x00v\x00g\
\x00\x0f\
\x06\xbdX\xc7\
\x00e\
\x00m\x00p\x00t\x00y\x00_\x00c\x00a\x00s\x00e\x00s\x00.\x00s\x00v\x00g\
\x00\x0d\
\x09\xce8g\
\x00s\
\x00t\x00a\x00l\x00k\x00d\x00e\x00s\x00k\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x04\x00\x00\x00\x02\
\x00\x00\x00\x10\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00F\x00\x00\x00\x00\x00\x01\x00\x00\x02F\
\x00\x00\x00j\x00\x00\x00\x00\x00\x01\x00\x00\x04+\
\x00\x00\x00&\x00\x00\x00\x00\x00\x01\x00\x00\x01,\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
