import { Field, ObjectType } from "type-graphql";
import { FileSystemAccessMode } from "./file-system-access-mode.enum.js";
import { FileSystemType } from "./file-system-type.enum.js";

@ObjectType({ description: "Training data on Amazon EFS or Amazon FSx for Lustre." })
export class FileSystemDataSource {
  @Field(() => String, { nullable: true, description: "ID of the file system." })
  fileSystemId!: string | null;

  @Field(() => FileSystemAccessMode, {
    nullable: true,
    description: "Mount mode of the directory.",
  })
  fileSystemAccessMode!: FileSystemAccessMode | null;

  @Field(() => FileSystemType, { nullable: true, description: "Kind of file system." })
  fileSystemType!: FileSystemType | null;

  @Field(() => String, {
    nullable: true,
    description: "Full path of the directory mounted for the channel.",
  })
  directoryPath!: string | null;
}
